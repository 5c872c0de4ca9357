package nl.zvh.coveca.inbound;

import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * CterApproachHandedOver v1 as coveca reads it (leniently: only the fields it needs). Owned and documented by
 * lifecourse-service on its CTER topic: the CTER team's weighing chose a ZVH person-oriented approach.
 */
public record CterApproachHandedOver(UUID cterPersonId, String house, String municipality, Instant decidedAt,
        EventPerson person) {
    /** The event on the CTER topic; the topic's other types (CterOutcomeDecided) are not read. */
    public static final EventType<CterApproachHandedOver> V1 = EventType.of("zvh.lifecourse.cter",
            "CterApproachHandedOver", 1, CterApproachHandedOver.class);
}
