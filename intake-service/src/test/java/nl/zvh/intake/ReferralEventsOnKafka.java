package nl.zvh.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads intake's own events back from the real broker. */
public final class ReferralEventsOnKafka {
    private ReferralEventsOnKafka() {
    }

    /** The first event of the given type for the referral (key = referral id), as JSON. */
    public static JsonNode await(String bootstrap, String referralId, String type) {
        return await(bootstrap, "zvh.intake.referral", referralId, type, event -> true);
    }

    /** The first event on {@code topic} with this key and type that is {@code wanted}, as JSON. */
    public static JsonNode await(String bootstrap, String topic, String key, String type, Predicate<JsonNode> wanted) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            JsonNode[] found = new JsonNode[1];
            ObjectMapper mapper = new ObjectMapper();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key())) {
                        JsonNode event = mapper.readTree(r.value());
                        if (type.equals(event.path("type").asText()) && wanted.test(event)) {
                            found[0] = event;
                        }
                    }
                }
                return found[0] != null;
            });
            return found[0];
        }
    }

    /** A random BSN that passes the eleven-test. */
    public static String randomBsn() {
        java.util.Random random = new java.util.Random();
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            d[0] = 1 + random.nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    d[i] = random.nextInt(10);
                }
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
