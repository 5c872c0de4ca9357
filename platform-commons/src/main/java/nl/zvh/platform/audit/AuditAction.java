package nl.zvh.platform.audit;

/** What was done with personal data (NEN 7513 action types). */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT,
    /** A user asked for emergency access to a record it may not normally see. */
    BREAK_GLASS
}
