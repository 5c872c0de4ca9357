package nl.zvh.intake;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** triage-service's own event samples, sent through the real broker with a fresh referral and event id. */
public final class TriageSamples {
    public static final String TOPIC = "zvh.triage.decision";
    static final Path SAMPLES = Path.of("../triage-service/src/main/asyncapi/samples");
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    private TriageSamples() {
    }

    /** The sample exactly as triage documents it, for another referral and with a new event id. */
    public static String sample(String file, String referralId) throws Exception {
        String json = Files.readString(SAMPLES.resolve(file));
        assertTrue(json.contains(SAMPLE_REFERRAL), "sample names the sample referral");
        return json.replace(SAMPLE_REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }

    public static void send(String bootstrap, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }
}
