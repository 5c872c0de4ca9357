package nl.zvh.triage.check;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.zvh.triage.calendar.WorkingDays;
import nl.zvh.triage.queue.QueueStatus;
import nl.zvh.triage.session.TriageConfig;
import org.jboss.logging.Logger;

/**
 * Reminds partners of open checks whose deadline nears (or has passed) with a notification row, once per check.
 * Runs once per cluster: a round holds a PostgreSQL transaction-level advisory lock; an instance that cannot get it
 * skips the round (and the {@code reminded_at is null} guard makes a double round harmless anyway).
 */
@ApplicationScoped
public class CheckReminders {
    private static final Logger LOG = Logger.getLogger(CheckReminders.class);
    /** Advisory-lock key of this job ("triage-reminders"). */
    static final long LOCK_KEY = 0x7472696167650001L;

    @Inject
    EntityManager em;

    @Inject
    TriageConfig config;

    @Inject
    Clock clock;

    @Scheduled(cron = "{zvh.triage.reminder.cron}", identity = "familiarity-check-reminders", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int reminded = remindDue();
        if (reminded > 0) {
            LOG.infof("reminded %d familiarity checks", reminded);
        }
    }

    /** @return the number of checks reminded now, or -1 when another instance holds the round */
    @Transactional
    public int remindDue() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return -1;
        }
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        LocalDate horizon = today;
        for (int i = 0; i < config.reminder().workingDaysAhead(); i++) {
            horizon = horizon.plusDays(1);
            while (!WorkingDays.isWorkingDay(horizon)) {
                horizon = horizon.plusDays(1);
            }
        }
        List<FamiliarityCheck> due = FamiliarityCheck.<FamiliarityCheck>find("""
                status = ?1 and remindedAt is null and deadline <= ?2 and referral.status = ?3""", CheckStatus.OPEN,
                horizon, QueueStatus.WAITING).list();
        for (FamiliarityCheck check : due) {
            check.remindedAt = clock.instant();
            boolean overdue = check.isOverdue(today);
            em.createNativeQuery(
                    """
                            insert into triage_notification (house, organisation, kind, check_id, referral_id, message, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, check.house).setParameter(2, check.organisation)
                    .setParameter(3, overdue ? "CHECK_OVERDUE" : "CHECK_DEADLINE_NEAR").setParameter(4, check.checkId)
                    .setParameter(5, check.referral.referralId())
                    .setParameter(6,
                            (overdue ? "Familiarity check overdue since " : "Familiarity check due on ")
                                    + check.deadline + " (session " + check.session.sessionDate + ")")
                    .setParameter(7, clock.instant()).executeUpdate();
        }
        return due.size();
    }
}
