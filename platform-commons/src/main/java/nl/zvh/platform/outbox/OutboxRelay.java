package nl.zvh.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import nl.zvh.platform.worker.BackgroundThread;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka on one background thread per service instance. Woken right after a commit
 * that wrote an event, and otherwise polling. Failed rounds back off exponentially; nothing is marked published
 * before the broker acknowledged it, so a dead broker only delays events. Safe with several instances: see
 * {@link OutboxRound}.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxSender sender;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wake = new Semaphore(0);
    private final BackgroundThread worker = new BackgroundThread("outbox-relay");
    private Instant nextCleanup = Instant.now();

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled");
            return;
        }
        worker.start(this::loop);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.stop(Duration.ofSeconds(5));
    }

    /** Called after a commit that wrote events: relay now instead of at the next poll. */
    public void wakeUp() {
        wake.release();
    }

    private void loop() {
        Counter published = metrics.counter("zvh.outbox.published");
        Counter failedRounds = metrics.counter("zvh.outbox.failed.rounds");
        OutboxRound round = new OutboxRound(dataSource, sender, config);
        Duration backoff = config.initialBackoff();
        while (worker.running()) {
            try {
                OutboxRound.Result result = round.run();
                published.increment(result.published());
                if (result.failed() > 0) {
                    failedRounds.increment();
                    LOG.warnf("outbox: %d event(s) not acknowledged by Kafka (%s); retrying in %s", result.failed(),
                            result.firstError(), backoff);
                    worker.pause(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                    continue;
                }
                backoff = config.initialBackoff();
                cleanupWhenDue();
                if (result.taken() < config.batchSize()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!worker.running()) {
                    return;
                }
                failedRounds.increment();
                LOG.warnf("outbox round failed (%s); retrying in %s", e.toString(), backoff);
                worker.pause(backoff);
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private void cleanupWhenDue() throws java.sql.SQLException {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(Duration.ofHours(1));
        new OutboxRound(dataSource, sender, config).deletePublishedBefore(Instant.now().minus(config.keepPublished()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
