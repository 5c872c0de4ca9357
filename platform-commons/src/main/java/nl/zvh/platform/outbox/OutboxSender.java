package nl.zvh.platform.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import nl.zvh.platform.event.EventHeaders;
import nl.zvh.platform.tracing.EventSpans;
import nl.zvh.platform.tracing.TraceParent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's Kafka producer: idempotent, acks from all in-sync replicas, bounded waits so a dead broker makes
 * the relay back off instead of hanging. The envelope's id, type, version, house and correlation id go in headers, and
 * the W3C traceparent of a producer span that continues the trace of the request that wrote the event.
 */
@ApplicationScoped
public class OutboxSender {

    @Inject
    KafkaConnection connection;

    @Inject
    EventSpans spans;

    private KafkaProducer<String, String> producer;

    CompletableFuture<RecordMetadata> send(OutboxMessage row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.aggregateId, row.envelope);
        header(record, EventHeaders.EVENT_ID, row.eventId.toString());
        header(record, EventHeaders.EVENT_TYPE, row.eventType);
        header(record, EventHeaders.EVENT_VERSION, Integer.toString(row.eventVersion));
        header(record, EventHeaders.CORRELATION_ID, row.correlationId);
        header(record, EventHeaders.HOUSE, row.house);
        Span span = spans.publishing(row.topic, row.eventType, row.eventId.toString(), row.traceParent);
        header(record, TraceParent.HEADER, TraceParent.of(Context.root().with(span)));
        CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
        try {
            producer().send(record, (metadata, error) -> {
                if (error != null) {
                    span.recordException(error);
                    span.setStatus(StatusCode.ERROR);
                    result.completeExceptionally(error);
                } else {
                    result.complete(metadata);
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            span.end();
            result.completeExceptionally(e);
        }
        return result;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.putAll(connection.settings());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
            props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
