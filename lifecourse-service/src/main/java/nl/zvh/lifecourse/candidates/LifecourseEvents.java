package nl.zvh.lifecourse.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * Events lifecourse-service owns (documented in src/main/asyncapi/asyncapi.yaml). They carry platform ids, house,
 * municipality and dates only: no names, no notes.
 */
public final class LifecourseEvents {
    public static final String CLIENT_TOPIC = "zvh.lifecourse.client";
    public static final String CLIENT_INCLUDED = "LifecourseClientIncluded";
    /** LifecourseClientIncluded v1 on {@value #CLIENT_TOPIC}, key: client id. */
    public static final EventType<LifecourseClientIncludedV1> CLIENT_INCLUDED_V1 = EventType.of(CLIENT_TOPIC,
            CLIENT_INCLUDED, 1, LifecourseClientIncludedV1.class);

    private LifecourseEvents() {
    }

    /** LifecourseClientIncluded, version 1. */
    public record LifecourseClientIncludedV1(UUID clientId, UUID personId, String house, String municipality,
            UUID sessionId, LocalDate sessionDate, Instant includedAt, UUID sourceReferralId,
            boolean capacityOverridden) {
    }
}
