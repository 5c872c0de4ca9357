package nl.zvh.lifecourse.clients;

/** Events in a client's course the house notes: detentions and re-admissions. */
public enum IncidentKind {
    DETENTION, READMISSION
}
