package nl.zvh.triage.tables;

/** What an item on a table is: a police report (I28), a person (prolific offenders, AWARE) or a youth. */
public enum ItemKind {
    POLICE_REPORT, PERSON, YOUTH
}
