package nl.zvh.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.correlation.CorrelationId;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.tracing.TraceParent;
import org.jboss.logging.Logger;

/**
 * Writes an event to the outbox inside the caller's transaction (MANDATORY: an event without its state change, or
 * the reverse, cannot happen). After the commit the relay is woken so the event leaves within milliseconds.
 */
@ApplicationScoped
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class);

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Publishes one event described by its producer's {@link EventType} descriptor.
     *
     * @param event       the event's descriptor (topic, type, version)
     * @param aggregateId id of the changed aggregate (Kafka key: keeps its events in order)
     * @param house       house code, or null for national events
     * @param payload     the payload (serialised as JSON)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope publish(EventType<T> event, Object aggregateId, String house, T payload) {
        return publish(event.topic(), String.valueOf(aggregateId), event.type(), event.version(), house, payload);
    }

    /**
     * @param topic       Kafka topic of the event family
     * @param aggregateId id of the changed aggregate (Kafka key: keeps its events in order)
     * @param type        past-tense event name
     * @param version     payload schema version
     * @param house       house code, or null for national events
     * @param payload     the payload object (serialised as JSON)
     * @return the envelope as written
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String aggregateId, String type, int version, String house,
            Object payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, version, Instant.now(), house,
                CorrelationId.current(), aggregateId, codec.tree(payload));
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.id();
        message.topic = topic;
        message.aggregateId = aggregateId;
        message.eventType = type;
        message.eventVersion = version;
        message.house = house;
        message.correlationId = envelope.correlationId();
        message.traceParent = TraceParent.ofCurrentSpan();
        message.envelope = codec.write(envelope);
        message.createdAt = envelope.occurredAt();
        em.persist(message);
        LOG.infof("%s v%d %s of %s written to the outbox for %s", type, version, envelope.id(), aggregateId, topic);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return envelope;
    }
}
