package nl.zvh.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of every event on Kafka. Consumers ignore unknown envelope fields so producers can add some later;
 * the {@code payload} is versioned by {@code type} + {@code version} and documented by the producer.
 *
 * @param id            unique event id; consumers deduplicate on it
 * @param type          past-tense event name, e.g. {@code ReferralSubmitted}
 * @param version       payload schema version of that type
 * @param occurredAt    when the state change happened
 * @param house         house code (tenant) the event belongs to; null for national events
 * @param correlationId id of the request that caused it, for tracing across services
 * @param aggregateId   id of the aggregate that changed; also the Kafka key, so events of one aggregate stay ordered
 * @param payload       the event body
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, String house, String correlationId,
        String aggregateId, JsonNode payload) {
}
