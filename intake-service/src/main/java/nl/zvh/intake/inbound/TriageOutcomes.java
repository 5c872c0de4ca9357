package nl.zvh.intake.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.intake.referral.Decision;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds the triage table's events (owned by triage-service, topic {@value #TOPIC}) back into the referral and the
 * referrer's inbox: {@code ReferralScheduled} v1 puts it on the agenda, {@code TriageDecided} v1 records the outcome
 * and advice. A referral never moves back ({@link nl.zvh.intake.referral.Referral}'s rules). Another version of
 * either goes to the dead-letter topic.
 */
@ApplicationScoped
public class TriageOutcomes {
    static final String CONSUMER = "intake-referral-status";
    static final String TOPIC = "zvh.triage.decision";

    /** The fields of TriageDecided v1 that intake uses (the shared TriageDecision view has no advice). */
    public record TriageDecided(UUID referralId, Instant decidedAt, String outcome, String programme, String advice) {
        static final EventType<TriageDecided> V1 = EventType.of(TOPIC, "TriageDecided", 1, TriageDecided.class);
    }

    /** The fields of ReferralScheduled v1 that intake uses. */
    public record ReferralScheduled(UUID referralId, UUID sessionId, LocalDate sessionDate) {
        static final EventType<ReferralScheduled> V1 = EventType.of(TOPIC, "ReferralScheduled", 1,
                ReferralScheduled.class);
    }

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    Referrals referrals;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageEvent(ConsumerRecord<String, String> record) {
        idempotent.consume(CONSUMER, record, ReferralScheduled.V1, (envelope, scheduled) -> referrals
                .putOnAgenda(envelope.house(), scheduled.referralId(), scheduled.sessionDate()));
        idempotent.consume(CONSUMER, record, TriageDecided.V1,
                (envelope, decided) -> referrals.decide(envelope.house(), decided.referralId(),
                        new Decision(decided.decidedAt(), decided.outcome(), decided.programme(), decided.advice())));
    }
}
