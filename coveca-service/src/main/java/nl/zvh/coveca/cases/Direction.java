package nl.zvh.coveca.cases;

/** Escalate (opschalen) to a higher level, de-escalate (afschalen) to a lower one, or scale down to regular care. */
public enum Direction {
    ESCALATE, DE_ESCALATE, SCALE_DOWN_TO_REGULAR_CARE
}
