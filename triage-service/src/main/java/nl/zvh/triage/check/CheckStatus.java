package nl.zvh.triage.check;

/** Where a familiarity check stands. */
public enum CheckStatus {
    OPEN, ANSWERED
}
