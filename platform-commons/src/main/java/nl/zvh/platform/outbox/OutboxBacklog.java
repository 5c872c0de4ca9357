package nl.zvh.platform.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the service's events are behind (issue 26), for operators' alerts: gauges {@code zvh_outbox_backlog} (rows
 * not yet published) and {@code zvh_outbox_oldest_pending_seconds} (age of the oldest), recounted every 15 seconds on
 * the pending-rows index. They rise while the broker is away and fall when the relay drains; every replica reports the
 * same numbers (alert on the maximum).
 */
@ApplicationScoped
public class OutboxBacklog {
    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    void register(@Observes StartupEvent start) {
        Gauge.builder("zvh.outbox.backlog", pending, AtomicLong::get)
                .description("outbox rows not yet published to Kafka").register(registry);
        Gauge.builder("zvh.outbox.oldest.pending.seconds", oldestSeconds, AtomicLong::get)
                .description("age of the oldest outbox row not yet published").register(registry);
    }

    @Scheduled(every = "15s", delayed = "5s", identity = "outbox-backlog", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void recount() {
        Object[] row = (Object[]) em
                .createNativeQuery("select count(*), min(created_at) from outbox_message where published_at is null")
                .getSingleResult();
        pending.set(((Number) row[0]).longValue());
        Instant oldest = row[1] == null ? null : toInstant(row[1]);
        oldestSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds()));
    }

    /** The last count of unpublished rows. */
    public long pending() {
        return pending.get();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
