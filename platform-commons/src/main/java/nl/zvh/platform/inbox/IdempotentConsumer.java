package nl.zvh.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.zvh.platform.correlation.CorrelationId;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.event.MalformedEventException;
import nl.zvh.platform.failure.DatabaseFailures;
import nl.zvh.platform.tracing.EventSpans;
import nl.zvh.platform.tracing.TraceParent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer, in a transaction of its own: the consumed-event row and the handler's
 * changes commit together, so a redelivered event (relay retry, consumer crash before the offset commit, rebalance)
 * changes nothing twice. Event types the consumer does not handle are skipped before the database is touched: a topic
 * carries several types (triage's decision topic: ReferralScheduled and TriageDecided) and most consumers act on one.
 *
 * <p>No event is lost to a passing failure. When the database is away (restart, failover, network) or the
 * transaction lost a race ({@link DatabaseFailures#retryable(Throwable)}), the whole transaction is tried again with
 * backoff until it commits, holding the partition meanwhile, so the event is neither skipped nor sent to the
 * dead-letter topic. Only a lasting failure (a malformed event, a bug) leaves this method and goes to the dead-letter
 * topic ({@link PoisonToDeadLetterTopic}). Call it from a {@code @Blocking} consumer method that is not
 * {@code @Transactional} itself, handing over the whole record: its {@code traceparent} header lets the work continue
 * the trace of the request that wrote the event (one consumer span per applied event, its ids in the log lines):
 *
 * <pre>{@code
 * @Incoming("referral-events") @Blocking
 * void on(ConsumerRecord<String, String> record) {
 *     idempotent.consume("triage-queue", record, ReferralSubmitted.V1, (envelope, submitted) -> ...);
 * }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {
    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Inject
    InboxConfig config;

    @Inject
    MeterRegistry metrics;

    @Inject
    EventSpans spans;

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * @return true when the event was applied now, false when this consumer had already applied it
     */
    public boolean consume(String consumer, ConsumerRecord<String, String> record, Consumer<EventEnvelope> handler) {
        return traced(consumer, record, codec.read(record.value()), handler);
    }

    /**
     * Like {@link #consume(String, String, Consumer)} for a consumer that handles only {@code eventTypes} of the
     * topic: other types are skipped without touching the database (false).
     */
    public boolean consume(String consumer, ConsumerRecord<String, String> record, Set<String> eventTypes,
            Consumer<EventEnvelope> handler) {
        EventEnvelope envelope = codec.read(record.value());
        if (!eventTypes.contains(envelope.type())) {
            LOG.debugf("%s skips %s %s (not handled)", consumer, envelope.type(), envelope.id());
            return false;
        }
        return traced(consumer, record, envelope, handler);
    }

    /**
     * Like {@link #consume(String, String, Consumer)} for a consumer interested in one event type of the topic: other
     * types are skipped without touching the database; the payload is read leniently into {@code payloadType}.
     */
    public <T> boolean consume(String consumer, ConsumerRecord<String, String> record, String eventType,
            Class<T> payloadType, BiConsumer<EventEnvelope, T> handler) {
        return consume(consumer, record, Set.of(eventType),
                envelope -> handler.accept(envelope, codec.payload(envelope, payloadType)));
    }

    /**
     * Like {@link #consume(String, String, String, Class, BiConsumer)} for the event its producer describes with
     * {@code event}: other types of the topic are skipped; a version this consumer does not know, or a payload that
     * does not parse, is malformed ({@link MalformedEventException}) and goes to the dead-letter topic before the
     * database is touched, so a producer's new version is never applied half-understood nor silently dropped.
     */
    public <T> boolean consume(String consumer, ConsumerRecord<String, String> record, EventType<T> event,
            BiConsumer<EventEnvelope, T> handler) {
        EventEnvelope envelope = codec.read(record.value());
        if (!event.names(envelope)) {
            LOG.debugf("%s skips %s %s (not handled)", consumer, envelope.type(), envelope.id());
            return false;
        }
        if (envelope.version() != event.version()) {
            throw new MalformedEventException(envelope.type() + " v" + envelope.version() + " is unknown to " + consumer
                    + " (reads v" + event.version() + ")");
        }
        T payload = codec.payload(envelope, event.payload());
        return traced(consumer, record, envelope, e -> handler.accept(e, payload));
    }

    private boolean traced(String consumer, ConsumerRecord<String, String> record, EventEnvelope envelope,
            Consumer<EventEnvelope> handler) {
        return spans.consuming(consumer, record.topic(), envelope.type(), envelope.id().toString(),
                TraceParent.of(record.headers()), () -> {
                    boolean applied = untilCommitted(consumer, envelope, handler);
                    if (applied) {
                        CorrelationId.begin(envelope.correlationId());
                        LOG.infof("%s applied %s v%d %s", consumer, envelope.type(), envelope.version(), envelope.id());
                        CorrelationId.end();
                    }
                    return applied;
                });
    }

    private boolean untilCommitted(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> handler) {
        Duration backoff = config.initialBackoff();
        Instant firstFailure = null;
        Instant nextLog = Instant.MIN;
        for (int attempt = 1;; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> apply(consumer, envelope, handler));
                if (firstFailure != null) {
                    LOG.infof("%s applied %s %s after %d attempts (%s)", consumer, envelope.type(), envelope.id(),
                            attempt, Duration.between(firstFailure, Instant.now()));
                }
                return applied;
            } catch (RuntimeException e) {
                if (!DatabaseFailures.retryable(e)) {
                    throw e;
                }
                if (stopping) {
                    throw new EventNotAppliedYet(envelope, "the service is stopping", e);
                }
                firstFailure = firstFailure == null ? Instant.now() : firstFailure;
                metrics.counter("zvh.inbox.retries", "consumer", consumer).increment();
                if (Instant.now().isAfter(nextLog)) {
                    LOG.warnf("%s could not apply %s %s yet (%s); trying again, attempt %d", consumer, envelope.type(),
                            envelope.id(), rootMessage(e), attempt);
                    nextLog = Instant.now().plus(LOG_EVERY);
                }
                pause(backoff, envelope, e);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private boolean apply(String consumer, EventEnvelope envelope, Consumer<EventEnvelope> handler) {
        CorrelationId.begin(envelope.correlationId());
        try {
            if (!firstDelivery(consumer, envelope)) {
                LOG.debugf("%s already applied %s %s", consumer, envelope.type(), envelope.id());
                return false;
            }
            handler.accept(envelope);
            return true;
        } finally {
            CorrelationId.end();
        }
    }

    private static void pause(Duration backoff, EventEnvelope envelope, RuntimeException cause) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new EventNotAppliedYet(envelope, "interrupted while waiting for the database", cause);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private boolean firstDelivery(String consumer, EventEnvelope envelope) {
        int inserted = em.createNativeQuery("""
                insert into consumed_event (event_id, consumer, event_type) values (?1, ?2, ?3)
                on conflict do nothing""").setParameter(1, envelope.id()).setParameter(2, consumer)
                .setParameter(3, envelope.type()).executeUpdate();
        return inserted == 1;
    }
}
