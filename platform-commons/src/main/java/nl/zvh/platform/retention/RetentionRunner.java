package nl.zvh.platform.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Runs the service's {@link RetentionJob}s nightly, once per cluster: the round holds a PostgreSQL transaction-level
 * advisory lock; an instance that cannot get it skips the round. Erasures and their events commit together.
 */
@ApplicationScoped
public class RetentionRunner {
    private static final Logger LOG = Logger.getLogger(RetentionRunner.class);
    /** Advisory-lock key of the retention round ("retentio"). */
    static final long LOCK_KEY = 0x726574656e74696fL;

    @Inject
    EntityManager em;

    @Inject
    Instance<RetentionJob> jobs;

    @Scheduled(cron = "{zvh.retention.job.cron}", identity = "retention", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int erased = run(Clock.systemUTC().instant());
        if (erased > 0) {
            LOG.infof("retention: erased %d expired records", erased);
        }
    }

    /** @return the number of records erased, or -1 when another instance holds the round */
    @Transactional
    public int run(Instant now) {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY).getSingleResult();
        if (!locked) {
            return -1;
        }
        int erased = 0;
        for (RetentionJob job : jobs) {
            erased += job.eraseExpired(now);
        }
        return erased;
    }
}
