package nl.zvh.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.zvh.platform.correlation.CorrelationId;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import org.jboss.logging.Logger;

/**
 * Applies an event at most once per consumer. Call it from the consumer's {@code @Transactional} method: the
 * consumed-event row and the consumer's changes commit together, so a redelivered event (relay retry, consumer
 * crash before the offset commit, rebalance) changes nothing twice. Event types the consumer does not handle are
 * skipped before the database is touched: a topic carries many types (triage's carries seven per referral) and most
 * consumers act on one, so recording each would cost every service a transaction per event it ignores.
 *
 * <pre>{@code
 * @Incoming("referral-events") @Blocking @Transactional
 * void on(String json) { idempotent.consume("triage-queue", json, envelope -> ...); }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {
    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;
    @Inject
    EventCodec codec;

    /**
     * @return true when the event was applied now, false when this consumer had already applied it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean consume(String consumer, String json, Consumer<EventEnvelope> handler) {
        return apply(consumer, codec.read(json), handler);
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

    /**
     * Like {@link #consume(String, String, Consumer)} for a consumer that handles only {@code eventTypes} of the
     * topic: other types are skipped without touching the database (false).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean consume(String consumer, String json, Set<String> eventTypes, Consumer<EventEnvelope> handler) {
        EventEnvelope envelope = codec.read(json);
        if (!eventTypes.contains(envelope.type())) {
            LOG.debugf("%s skips %s %s (not handled)", consumer, envelope.type(), envelope.id());
            return false;
        }
        return apply(consumer, envelope, handler);
    }

    /**
     * Like {@link #consume(String, String, Consumer)} for a consumer interested in one event type of the topic: other
     * types are skipped without touching the database; the payload is read leniently into {@code payloadType}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> boolean consume(String consumer, String json, String eventType, Class<T> payloadType,
                               BiConsumer<EventEnvelope, T> handler) {
        return consume(consumer, json, Set.of(eventType),
                envelope -> handler.accept(envelope, codec.payload(envelope, payloadType)));
    }

    private boolean firstDelivery(String consumer, EventEnvelope envelope) {
        int inserted = em.createNativeQuery("""
                        insert into consumed_event (event_id, consumer, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, envelope.id())
                .setParameter(2, consumer)
                .setParameter(3, envelope.type())
                .executeUpdate();
        return inserted == 1;
    }
}
