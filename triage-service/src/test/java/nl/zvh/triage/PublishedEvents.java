package nl.zvh.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads what triage published on the real broker, with a plain consumer from the beginning of the topic. */
public final class PublishedEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedEvents() {
    }

    /** Waits up to 30 s until at least {@code count} envelopes on {@code topic} match; returns all matching. */
    public static List<JsonNode> await(String bootstrap, String topic, int count, Predicate<JsonNode> match) {
        List<JsonNode> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode envelope = JSON.readTree(record.value());
                    if (match.test(envelope)) {
                        found.add(envelope);
                    }
                }
                return found.size() >= count;
            });
        }
        return found;
    }

    public static Predicate<JsonNode> ofType(String type, String referralId) {
        return e -> type.equals(e.path("type").asText())
                && referralId.equals(e.path("payload").path("referralId").asText());
    }
}
