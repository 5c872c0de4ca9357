package nl.zvh.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.zvh.platform.event.EventType;
import nl.zvh.triage.check.FamiliarityCheckRequested;
import nl.zvh.triage.decision.TriageDecided;
import nl.zvh.triage.session.ReferralScheduled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each event triage publishes is described by its producer's descriptor exactly as its AsyncAPI sample says (type,
 * version, on its channel's topic) and its payload record writes exactly the sample's payload back: same fields, same values, nothing more.
 */
class PublishedEventsKeepTheShapeOfTheirSamplesTest {
    static final Path SAMPLES = Path.of("src/main/asyncapi/samples");
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @ParameterizedTest
    @CsvSource({"TriageDecided-v1.json, zvh.triage.decision", "TriageDecided-v1-advice.json, zvh.triage.decision",
            "ReferralScheduled-v1.json, zvh.triage.decision",
            "FamiliarityCheckRequested-v1.json, zvh.triage.familiarity-check"})
    void thePayloadRecordWritesTheSampleBackUnchanged(String sample, String topic) throws Exception {
        JsonNode envelope = JSON.readTree(Files.readString(SAMPLES.resolve(sample)));
        EventType<?> descriptor = switch (envelope.get("type").asText()) {
            case "TriageDecided" -> TriageDecided.V1;
            case "ReferralScheduled" -> ReferralScheduled.V1;
            default -> FamiliarityCheckRequested.V1;
        };

        assertEquals(envelope.get("type").asText(), descriptor.type());
        assertEquals(envelope.get("version").asInt(), descriptor.version());
        assertEquals(topic, descriptor.topic());
        JsonNode payload = envelope.get("payload");
        assertEquals(payload, JSON.valueToTree(JSON.treeToValue(payload, descriptor.payload())));
    }
}
