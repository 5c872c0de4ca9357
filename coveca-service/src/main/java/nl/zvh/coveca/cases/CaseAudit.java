package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.correlation.CorrelationId;

/** Audits access to a case's personal data: one entry per person in the case (person_ref = platform person id). */
@ApplicationScoped
public class CaseAudit {
    public static final String TYPE = "coveca-case";
    public static final String PURPOSE = "process-direction";

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public void persons(AuditAction action, CovecaCase c, String purpose) {
        for (CasePerson person : c.persons()) {
            audit.record(action, TYPE, c.id().toString(), person.personId().toString(), purpose);
        }
    }

    public void person(AuditAction action, CovecaCase c, java.util.UUID personId, String purpose) {
        audit.record(action, TYPE, c.id().toString(), personId.toString(), purpose);
    }

    /** The main person of each case shown in a list or search hit, in one statement. */
    public void searched(List<CovecaCase> cases, String purpose) {
        audit.recordAll(AuditAction.SEARCH, TYPE,
                cases.stream()
                        .flatMap(c -> c.mainPerson().stream()
                                .map(p -> new AuditLog.Touched(c.id().toString(), p.personId().toString())))
                        .toList(),
                purpose);
    }

    public void read(CovecaCase c) {
        persons(AuditAction.READ, c, PURPOSE);
    }

    /** A change made by the service itself on an event (no user): user_id names the event consumer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bySystem(AuditAction action, CovecaCase c, String consumer, String purpose) {
        for (CasePerson person : c.persons()) {
            em.createNativeQuery("""
                    insert into audit_log (action, resource_type, resource_id, person_ref, user_id, user_name,
                        house, purpose, outcome, correlation_id)
                    values (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, 'SUCCESS', ?8)""").setParameter(1, action.name())
                    .setParameter(2, TYPE).setParameter(3, c.id().toString())
                    .setParameter(4, person.personId().toString()).setParameter(5, "system:" + consumer)
                    .setParameter(6, c.house()).setParameter(7, purpose).setParameter(8, CorrelationId.current())
                    .executeUpdate();
        }
    }
}
