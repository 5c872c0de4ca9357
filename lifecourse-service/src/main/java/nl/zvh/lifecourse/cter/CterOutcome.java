package nl.zvh.lifecourse.cter;

/** The weighing team's outcome for a reported person. */
public enum CterOutcome {
    NO_ACTION, GATHER_MORE_INFORMATION, PERSON_ORIENTED_APPROACH, CRIMINAL_INVESTIGATION
}
