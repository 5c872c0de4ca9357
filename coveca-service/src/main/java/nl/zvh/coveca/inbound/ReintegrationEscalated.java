package nl.zvh.coveca.inbound;

import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * ReintegrationEscalated v1 as coveca reads it (leniently: only the fields it needs). The event is owned and
 * documented by reintegration-service on its track topic.
 */
public record ReintegrationEscalated(UUID trackId, String house, String municipality, String reason, String riskSummary,
        Instant escalatedAt, EventPerson person) {
    /** The event on re-integration's track topic; other types of the topic are not read. */
    public static final EventType<ReintegrationEscalated> V1 = EventType.of("zvh.reintegration.track",
            "ReintegrationEscalated", 1, ReintegrationEscalated.class);
}
