package nl.zvh.triage.decision;

/** What the table decided. */
public enum Outcome {
    APPROACH_STARTED, ADVICE, NO_ACTION
}
