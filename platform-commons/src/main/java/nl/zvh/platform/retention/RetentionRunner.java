package nl.zvh.platform.retention;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
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

    @Inject
    MeterRegistry registry;

    /**
     * When a retention round last finished here (epoch seconds); the process's start until the first round, so a job
     * that never runs is alerted 26 hours after a start (deploy/kubernetes/components/monitoring/alerts.yaml).
     */
    private final AtomicLong lastSuccess = new AtomicLong(Instant.now().getEpochSecond());

    void register(@Observes StartupEvent start) {
        Gauge.builder("zvh.retention.last.success.timestamp.seconds", lastSuccess, AtomicLong::get)
                .description("when this instance last finished (or skipped, another holding it) a retention round")
                .register(registry);
    }

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
            lastSuccess.set(now.getEpochSecond()); // another instance runs this round
            return -1;
        }
        int erased = 0;
        for (RetentionJob job : jobs) {
            erased += job.eraseExpired(now);
        }
        lastSuccess.set(now.getEpochSecond());
        return erased;
    }
}
