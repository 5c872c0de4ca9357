package nl.zvh.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * What the outbox stores and the Kafka header carries is read back as the same trace; a missing or damaged value (an
 * old outbox row, a record from a producer without tracing) starts nothing wrong: the work runs in a new trace.
 */
class StoredTraceParentsAreContinuedOrIgnoredTest {
    private static final String STORED = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aStoredTraceParentIsReadBackAsTheSameTrace() {
        SpanContext parent = Span.fromContext(TraceParent.parse(STORED)).getSpanContext();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
        assertEquals(STORED, TraceParent.of(TraceParent.parse(STORED)));
    }

    @Test
    void theLastTraceParentHeaderOfARecordCounts() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TraceParent.HEADER,
                "00-11111111111111111111111111111111-2222222222222222-01".getBytes(StandardCharsets.UTF_8));
        headers.add(TraceParent.HEADER, STORED.getBytes(StandardCharsets.UTF_8));
        assertEquals(STORED, TraceParent.of(headers));
        assertNull(TraceParent.of(new RecordHeaders()));
    }

    @Test
    void aMissingOrDamagedTraceParentContinuesNothing() {
        for (String damaged : new String[]{null, "", "00-zz-00f067aa0ba902b7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "not a traceparent"}) {
            assertFalse(Span.fromContext(TraceParent.parse(damaged)).getSpanContext().isValid(), damaged);
            assertNull(TraceParent.of(TraceParent.parse(damaged)), damaged);
        }
    }
}
