package nl.zvh.triage.tables;

/** An item waits for a meeting (OPEN), was decided (DECIDED), or left the table (CLOSED: off the list, track ended). */
public enum ItemStatus {
    OPEN, DECIDED, CLOSED
}
