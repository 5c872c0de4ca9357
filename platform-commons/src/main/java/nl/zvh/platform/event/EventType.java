package nl.zvh.platform.event;

import java.util.Objects;

/**
 * A typed descriptor of one version of one event: where it travels, its past-tense name, its payload schema version
 * and the payload class. The producer owns and documents it next to its payload
 * ({@code TriageDecided.V1}); publishing and consuming go through it instead of topic, type and version literals.
 *
 * <pre>{@code
 * public static final EventType<CaseOpened> V1 = EventType.of("zvh.coveca.case", "CaseOpened", 1, CaseOpened.class);
 * outbox.publish(CaseOpened.V1, c.id, c.house, payload);
 * idempotent.consume("reintegration-escalations", record, CaseOpened.V1, (envelope, opened) -> ...);
 * }</pre>
 *
 * @param topic   Kafka topic of the event family
 * @param type    past-tense event name
 * @param version payload schema version
 * @param payload class the payload is written from or read (leniently) into
 */
public record EventType<T>(String topic, String type, int version, Class<T> payload) {
    public EventType {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("event versions start at 1: " + type + " v" + version);
        }
    }

    public static <T> EventType<T> of(String topic, String type, int version, Class<T> payload) {
        return new EventType<>(topic, type, version, payload);
    }

    /** True for an envelope of this type, whatever its version. */
    public boolean names(EventEnvelope envelope) {
        return type.equals(envelope.type());
    }

    /** The same event read into another (consumer-side, lenient) payload class. */
    public <U> EventType<U> readAs(Class<U> view) {
        return new EventType<>(topic, type, version, view);
    }

    @Override
    public String toString() {
        return type + " v" + version + " on " + topic;
    }
}
