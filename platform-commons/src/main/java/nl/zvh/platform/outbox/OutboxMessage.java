package nl.zvh.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One pending or published event; see V0_1__platform_tables.sql. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String eventType;

    @Column(nullable = false)
    public int eventVersion;

    public String house;

    public String correlationId;

    /** W3C traceparent of the span that wrote the event (nl.zvh.platform.tracing), null outside a trace. */
    public String traceParent;

    @Column(nullable = false)
    public String envelope;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant publishedAt;

    public int attempts;

    public String lastError;
}
