package nl.zvh.triage.tables;

/** How often a table meets. */
public enum Cadence {
    WEEKLY, FORTNIGHTLY, MONTHLY
}
