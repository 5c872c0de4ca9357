package nl.zvh.triage.session;

import java.time.LocalDate;
import java.util.UUID;

/** ReferralScheduled, owned by triage-service, on topic {@value #TOPIC} (see src/main/asyncapi/asyncapi.yaml). */
public final class SessionEvents {
    public static final String TOPIC = "zvh.triage.decision";
    public static final String SCHEDULED = "ReferralScheduled";

    private SessionEvents() {
    }

    /** ReferralScheduled, version 1: the referral is on (or moved to) this session's agenda. */
    public record ReferralScheduledV1(UUID referralId, String house, UUID sessionId, LocalDate sessionDate) {
    }
}
