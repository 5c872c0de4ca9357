package nl.zvh.coveca.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.correlation.CorrelationId;

/**
 * Audits the receiving house's reads and changes of an incoming handover: one entry per person it names (person_ref =
 * platform person id), resource {@value #TYPE}; the event consumer writes its own as {@code system:<consumer>}.
 */
@ApplicationScoped
public class HandoverAudit {
    public static final String TYPE = "coveca-handover";

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    void persons(AuditAction action, IncomingHandover h, String purpose) {
        for (HandoverPerson p : h.persons()) {
            audit.record(action, TYPE, h.id().toString(), p.personId().toString(), purpose);
        }
    }

    /** The main person of each request in a list. */
    void listed(List<IncomingHandover> handovers, String purpose) {
        audit.recordAll(AuditAction.SEARCH, TYPE,
                handovers.stream()
                        .flatMap(h -> h.persons().stream().filter(HandoverPerson::isMain)
                                .map(p -> new AuditLog.Touched(h.id().toString(), p.personId().toString())))
                        .toList(),
                purpose);
    }

    /** A change made by the consumer on an event (no user), in the receiving or sending house. */
    @Transactional(Transactional.TxType.MANDATORY)
    void bySystem(AuditAction action, String house, String handoverId, List<String> personIds, String consumer,
            String purpose) {
        for (String person : personIds) {
            em.createNativeQuery("""
                    insert into audit_log (action, resource_type, resource_id, person_ref, user_id, user_name,
                        house, purpose, outcome, correlation_id)
                    values (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, 'SUCCESS', ?8)""").setParameter(1, action.name())
                    .setParameter(2, TYPE).setParameter(3, handoverId).setParameter(4, person)
                    .setParameter(5, "system:" + consumer).setParameter(6, house).setParameter(7, purpose)
                    .setParameter(8, CorrelationId.current()).executeUpdate();
        }
    }
}
