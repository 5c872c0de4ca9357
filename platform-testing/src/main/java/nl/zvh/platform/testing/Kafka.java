package nl.zvh.platform.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/** Sends to and reads from the test run's real Kafka broker ({@link KafkaTestResource}) in service tests. */
public final class Kafka {
    private Kafka() {
    }

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    public static void send(String topic, String key, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until a record on the topic matches, and returns its value. */
    public static String await(String topic, Predicate<ConsumerRecord<String, String>> match) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap(), "group.id",
                "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            String[] found = new String[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (match.test(r)) {
                        found[0] = r.value();
                        return true;
                    }
                }
                return false;
            });
            return found[0];
        }
    }
}
