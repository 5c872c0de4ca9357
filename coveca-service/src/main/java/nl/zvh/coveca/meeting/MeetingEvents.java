package nl.zvh.coveca.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseEvents;
import nl.zvh.platform.event.EventType;

/** The event a meeting publishes on the case topic (documented in src/main/asyncapi/asyncapi.yaml). */
public final class MeetingEvents {
    /** NetworkMeetingHeld v1: the minutes of a meeting were recorded. */
    public static final EventType<NetworkMeetingHeldV1> HELD_V1 = EventType.of(CaseEvents.TOPIC,
            CaseEvents.MEETING_HELD, 1, NetworkMeetingHeldV1.class);

    private MeetingEvents() {
    }

    /** NetworkMeetingHeld, version 1: no names, no minutes (only the organisations and counts the figures need). */
    public record NetworkMeetingHeldV1(UUID meetingId, UUID caseId, String house, String municipality,
            String subApproach, MeetingKind kind, Instant heldAt, boolean online, boolean clientPresent,
            List<String> organisationsPresent, int decisions) {
    }
}
