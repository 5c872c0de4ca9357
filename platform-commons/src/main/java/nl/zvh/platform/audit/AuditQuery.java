package nl.zvh.platform.audit;

import java.time.Instant;
import java.util.List;

/**
 * Filters of an audit search; all optional except the house. {@code organisation} null means the whole house (the
 * house's own privacy officer), otherwise only entries by that organisation's users and about its own records
 * ({@link AuditScope}). {@code personRefs} null means any person, empty means none (e.g. a BSN nobody here has).
 * {@code user} matches the user id or user name.
 */
public record AuditQuery(String house, String organisation, List<String> personRefs, String user, Instant from,
        Instant to, AuditAction action, Boolean breakGlass, String resourceId, int limit) {
}
