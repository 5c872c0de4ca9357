package nl.zvh.platform.audit;

/** Whether the access was carried out. */
public enum AuditOutcome {
    SUCCESS, DENIED, NOT_FOUND
}
