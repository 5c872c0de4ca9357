package nl.zvh.platform.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads and writes envelopes and payloads. Payload reading is lenient on unknown fields (a producer may add fields
 * in a compatible version); anything else that does not parse is a poison event for the caller to dead-letter.
 */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper lenient;

    @Inject
    public EventCodec(ObjectMapper mapper) {
        this.lenient = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public EventEnvelope read(String json) {
        try {
            EventEnvelope envelope = lenient.readValue(json, EventEnvelope.class);
            if (envelope.id() == null || envelope.type() == null || envelope.payload() == null) {
                throw new MalformedEventException("envelope lacks id, type or payload");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event is not a valid envelope: " + e.getOriginalMessage());
        }
    }

    public <T> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return lenient.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(
                    envelope.type() + " v" + envelope.version() + " payload does not parse: " + e.getOriginalMessage());
        }
    }

    public String write(EventEnvelope envelope) {
        try {
            return lenient.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + envelope.type(), e);
        }
    }

    public com.fasterxml.jackson.databind.JsonNode tree(Object payload) {
        return lenient.valueToTree(payload);
    }
}
