package nl.zvh.lifecourse.candidates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.correlation.CorrelationId;

/** Audits access to a person's life-course or CTER data (person_ref = the platform person id). */
@ApplicationScoped
public class LifecourseAudit {
    public static final String CANDIDATE = "lifecourse-candidate";
    public static final String CTER = "cter-person";

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public void candidate(AuditAction action, Candidate c, String purpose) {
        audit.record(action, CANDIDATE, c.id().toString(), c.personId().toString(), purpose);
    }

    public void record(AuditAction action, String type, UUID id, UUID personId, String purpose) {
        audit.record(action, type, id.toString(), personId.toString(), purpose);
    }

    /** A change made by the service itself on an event (no user): user_id names the event consumer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bySystem(AuditAction action, String type, UUID id, UUID personId, String house, String consumer,
            String purpose) {
        em.createNativeQuery("""
                insert into audit_log (action, resource_type, resource_id, person_ref, user_id, user_name,
                    house, purpose, outcome, correlation_id)
                values (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, 'SUCCESS', ?8)""").setParameter(1, action.name())
                .setParameter(2, type).setParameter(3, id.toString()).setParameter(4, personId.toString())
                .setParameter(5, "system:" + consumer).setParameter(6, house).setParameter(7, purpose)
                .setParameter(8, CorrelationId.current()).executeUpdate();
    }
}
