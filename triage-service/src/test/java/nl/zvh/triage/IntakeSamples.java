package nl.zvh.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** intake-service's own event samples, with fresh ids, sent through the real broker. */
public final class IntakeSamples {
    public static final Path SAMPLES = Path.of("../intake-service/src/main/asyncapi/samples");
    public static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";
    public static final String SAMPLE_MAIN = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
    public static final String SAMPLE_PARTNER = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";

    private IntakeSamples() {
    }

    /** The sample with a fresh referral, event and person ids, the rest exactly as the producer documents it. */
    public static String sample(String file, String referralId) throws Exception {
        String json = Files.readString(SAMPLES.resolve(file));
        assertTrue(json.contains(SAMPLE_REFERRAL));
        return json.replace(SAMPLE_REFERRAL, referralId)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace(SAMPLE_MAIN, UUID.randomUUID().toString())
                .replace(SAMPLE_PARTNER, UUID.randomUUID().toString());
    }

    /** ReferralSubmitted v1 as the sample, submitted at {@code submittedAt}. */
    public static String submitted(String referralId, Instant submittedAt) throws Exception {
        return sample("ReferralSubmitted-v1.json", referralId).replace("\"submittedAt\": \"2026-11-23T09:15:00Z\"",
                "\"submittedAt\": \"" + submittedAt + "\"");
    }

    public static void send(String bootstrap, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.intake.referral", key, value)).get();
        }
    }
}
