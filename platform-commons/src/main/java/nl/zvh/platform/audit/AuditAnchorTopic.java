package nl.zvh.platform.audit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.zvh.platform.outbox.KafkaConnection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The service's anchor topic on the platform's broker, written and read directly with the platform's Kafka connection
 * ({@link KafkaConnection}: the same TLS/SASL settings as every channel), not through the outbox: the outbox lives in
 * the very database the anchors must be independent of. Read back by assigning every partition from the beginning (no
 * consumer group, no offsets kept).
 */
@ApplicationScoped
class AuditAnchorTopic {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    @Inject
    KafkaConnection connection;

    private KafkaProducer<String, String> producer;

    /** Sends one anchor and waits for the broker's acknowledgement (all in-sync replicas). */
    synchronized void publish(String topic, AuditAnchor anchor)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>(connection.settings());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "14000");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "audit-anchors");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        producer.send(new ProducerRecord<>(topic, anchor.service(), anchor.toJson())).get(TIMEOUT.toSeconds(),
                TimeUnit.SECONDS);
    }

    /** Every record of the topic, oldest first per partition. */
    List<String> readAll(String topic) {
        Map<String, Object> props = new HashMap<>(connection.settings());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "audit-anchors-reader");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                return values;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("anchor topic " + topic + " not read to its end in " + TIMEOUT);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
