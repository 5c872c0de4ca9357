package nl.zvh.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C {@code traceparent} of a span as a string: what the outbox stores with an event and what goes into the Kafka
 * header, so a consumer continues the trace of the request that wrote the event.
 */
public final class TraceParent {
    public static final String HEADER = "traceparent";
    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceParent() {
    }

    /** The current span's traceparent, or null when no span is being recorded (nothing to continue). */
    public static String ofCurrentSpan() {
        return of(Context.current());
    }

    /** The traceparent of the span in {@code context}, or null when it has no valid span. */
    public static String of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** A context whose remote parent is {@code traceParent}; the root context when it is missing or malformed. */
    public static Context parse(String traceParent) {
        if (traceParent == null || traceParent.isBlank()) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(HEADER, traceParent), MAP);
    }

    /** The traceparent carried in Kafka headers (the last one wins), or null. */
    public static String of(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
}
