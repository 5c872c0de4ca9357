package nl.zvh.coveca.plan;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CovecaCase;
import nl.zvh.platform.outbox.Outbox;

/**
 * Marks open agreements whose due date has passed as OVERDUE and publishes AgreementOverdue, once per cluster: the
 * run takes a transaction-scoped PostgreSQL advisory lock (another instance running at the same moment skips), and
 * claims rows with {@code FOR UPDATE SKIP LOCKED}. Status, history and event commit together.
 */
@ApplicationScoped
public class OverdueAgreements {
    static final long LOCK_KEY = 0x0C0FECA1L; // fixed key of this job
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PlanHistory history;

    @Scheduled(every = "${zvh.coveca.overdue-every:15m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        markOverdue();
    }

    /** @return how many agreements this run marked overdue (0 when another instance holds the lock) */
    @Transactional
    @SuppressWarnings("unchecked")
    public int markOverdue() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return 0;
        }
        LocalDate today = LocalDate.now(NL);
        List<UUID> ids = em.createNativeQuery("""
                select id from agreement where status = 'OPEN' and due_date < ?1
                order by due_date limit 500 for update skip locked""").setParameter(1, today).getResultList();
        Instant now = Instant.now();
        int marked = 0;
        for (UUID id : ids) {
            Agreement a = Agreement.findById(id);
            CovecaCase c = CovecaCase.findById(a.caseId);
            if (c == null || !c.isOpen()) {
                continue;
            }
            a.status = AgreementStatus.OVERDUE;
            a.statusChangedAt = now;
            history.append(c.id(), c.plan().version(), "AGREEMENT", a.id, "MARKED_OVERDUE",
                    PlanView.AgreementView.of(a), "system:overdue-job", null);
            outbox.publish(PlanEvents.OVERDUE_V1, c.id(), c.house(), new PlanEvents.AgreementOverdueV1(a.id, c.id(),
                    c.house(), a.ownerOrganisation, a.dueDate, now, c.processDirectorId()));
            marked++;
        }
        return marked;
    }
}
