package nl.zvh.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * Spans of the event flow: publishing an outbox row continues the trace of the request that wrote it, consuming an
 * event continues the trace of its publication, and a later step of the same case can continue the case's trace.
 * While a span runs, its trace and span id are in the log lines ({@code %X{traceId}}, {@code %X{spanId}}), also on the
 * relay's and the consumers' own threads.
 */
@ApplicationScoped
public class EventSpans {
    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    @Inject
    Tracer tracer;

    /** A producer span for sending one event, child of the stored {@code traceParent}; the caller ends it. */
    public Span publishing(String topic, String eventType, String eventId, String traceParent) {
        return tracer.spanBuilder(topic + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceParent.parse(traceParent)).setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic).setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.message.id", eventId).setAttribute("zvh.event.type", eventType).startSpan();
    }

    /** Runs {@code work} in a consumer span, child of the publication carried in {@code traceParent}. */
    public <T> T consuming(String consumer, String topic, String eventType, String eventId, String traceParent,
            Supplier<T> work) {
        Span span = tracer.spanBuilder(consumer + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(TraceParent.parse(traceParent)).setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic).setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer).setAttribute("messaging.message.id", eventId)
                .setAttribute("zvh.event.type", eventType).startSpan();
        return within(span, work);
    }

    /**
     * Runs {@code work} in a span that continues the trace stored as {@code traceParent} (a case's first trace), linked
     * to the current span (the request doing the work now). Events written by {@code work} carry the case's trace, so
     * the case can be followed from its referral to its programme although a person decided in between. Without a
     * stored trace the work simply runs in the current one.
     */
    public <T> T continuing(String traceParent, String name, Supplier<T> work) {
        Context stored = TraceParent.parse(traceParent);
        if (!Span.fromContext(stored).getSpanContext().isValid()) {
            return work.get();
        }
        Span span = tracer.spanBuilder(name).setParent(stored).addLink(Span.current().getSpanContext()).startSpan();
        return within(span, work);
    }

    private static <T> T within(Span span, Supplier<T> work) {
        Object traceId = MDC.get(TRACE_ID);
        Object spanId = MDC.get(SPAN_ID);
        Scope scope = span.makeCurrent();
        try {
            MDC.put(TRACE_ID, span.getSpanContext().getTraceId());
            MDC.put(SPAN_ID, span.getSpanContext().getSpanId());
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            scope.close();
            span.end();
            restore(TRACE_ID, traceId);
            restore(SPAN_ID, spanId);
        }
    }

    private static void restore(String key, Object value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
