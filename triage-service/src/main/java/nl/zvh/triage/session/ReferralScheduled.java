package nl.zvh.triage.session;

import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.event.EventType;

/**
 * ReferralScheduled, owned by triage-service, on topic {@value #TOPIC} (see src/main/asyncapi/asyncapi.yaml): the
 * referral is on (or moved to) this session's agenda.
 */
public record ReferralScheduled(UUID referralId, String house, UUID sessionId, LocalDate sessionDate) {
    public static final String TOPIC = "zvh.triage.decision";
    /** Version 1, the only one. */
    public static final EventType<ReferralScheduled> V1 = EventType.of(TOPIC, "ReferralScheduled", 1,
            ReferralScheduled.class);
}
