package nl.zvh.platform.audit;

import java.time.OffsetDateTime;

/**
 * One audit entry as the privacy officer sees it. {@code sequence} is the position in the service's hash chain (null
 * for the fraction of a second between the entry's commit and its sealing into the chain).
 */
public record AuditEntry(Long sequence, OffsetDateTime occurredAt, String service, String action, String resourceType,
        String resourceId, String personRef, String userId, String userName, String organisation, String house,
        String roles, String onBehalfOf, String purpose, String outcome, boolean breakGlass, String breakGlassId,
        String correlationId) {
}
