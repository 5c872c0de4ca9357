package nl.zvh.platform.audit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.platform.correlation.CorrelationId;
import nl.zvh.platform.security.CurrentUser;

/**
 * Writes audit entries for personal data into the service's own append-only {@code audit_log} table. Successful
 * access is written in the caller's transaction (an access that rolls back did not happen); denied access in a
 * transaction of its own so it is never lost.
 */
@ApplicationScoped
public class AuditLog {
    public static final String ON_BEHALF_OF_HEADER = "X-On-Behalf-Of";

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    Instance<HttpServerRequest> request;

    /**
     * @param action       what was done
     * @param resourceType e.g. {@code referral}
     * @param resourceId   id of the record
     * @param personRef    reference of the person concerned (a platform person id, never a name or BSN)
     * @param purpose      why (e.g. {@code referral-follow-up}, {@code triage})
     */
    @Transactional
    public void record(AuditAction action, String resourceType, String resourceId, String personRef, String purpose) {
        write(action, resourceType, resourceId, personRef, purpose, AuditOutcome.SUCCESS);
    }

    /** Records the same entry for each person concerned (e.g. a list read). */
    @Transactional
    public void recordEach(AuditAction action, String resourceType, List<String> resourceIds, String purpose) {
        for (String id : resourceIds) {
            write(action, resourceType, id, id, purpose, AuditOutcome.SUCCESS);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefused(AuditAction action, String resourceType, String resourceId, String purpose,
                              AuditOutcome outcome) {
        write(action, resourceType, resourceId, null, purpose, outcome);
    }

    private void write(AuditAction action, String resourceType, String resourceId, String personRef, String purpose,
                       AuditOutcome outcome) {
        em.createNativeQuery("""
                        insert into audit_log (action, resource_type, resource_id, person_ref, user_id, user_name,
                            organisation, house, roles, on_behalf_of, purpose, outcome, correlation_id, client_address)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)""")
                .setParameter(1, action.name())
                .setParameter(2, resourceType)
                .setParameter(3, resourceId)
                .setParameter(4, personRef)
                .setParameter(5, user.id())
                .setParameter(6, user.name())
                .setParameter(7, user.organisation())
                .setParameter(8, user.house())
                .setParameter(9, String.join(",", user.roles()))
                .setParameter(10, header(ON_BEHALF_OF_HEADER))
                .setParameter(11, purpose)
                .setParameter(12, outcome.name())
                .setParameter(13, CorrelationId.current())
                .setParameter(14, clientAddress())
                .executeUpdate();
    }

    private String header(String name) {
        if (!request.isResolvable()) {
            return null;
        }
        try {
            String value = request.get().getHeader(name);
            return value == null ? null : value.substring(0, Math.min(200, value.length()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String clientAddress() {
        String forwarded = header("X-Forwarded-For");
        if (forwarded != null) {
            return forwarded.split(",")[0].trim();
        }
        if (!request.isResolvable()) {
            return null;
        }
        try {
            return request.get().remoteAddress() == null ? null : request.get().remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
