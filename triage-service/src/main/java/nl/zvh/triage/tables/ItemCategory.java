package nl.zvh.triage.tables;

/** The status the OM gives a person on the prolific offenders' list: prolific or very active prolific offender. */
public enum ItemCategory {
    PROLIFIC, VERY_ACTIVE
}
