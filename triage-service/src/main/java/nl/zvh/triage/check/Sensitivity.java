package nl.zvh.triage.check;

/** How carefully the table must treat a check answer. */
public enum Sensitivity {
    /** May be discussed at the table. */
    NORMAL,
    /** Only to be discussed at the table, not written into follow-up documents. */
    SENSITIVE,
    /** For the chair only; the partner explains at the table what may be shared. */
    STRICTLY_CONFIDENTIAL
}
