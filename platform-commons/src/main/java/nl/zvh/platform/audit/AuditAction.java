package nl.zvh.platform.audit;

/** What was done with personal data (NEN 7513 action types). */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT
}
