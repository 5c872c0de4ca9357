package nl.zvh.intake.referral;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Feeds the triage table's decision back into the referral, so the referrer sees the outcome and advice. */
@ApplicationScoped
public class TriageOutcomes {
    private static final Logger LOG = Logger.getLogger(TriageOutcomes.class);
    static final String CONSUMER = "intake-referral-status";

    /** The fields of TriageDecided (owned by triage-service, version 1) that intake uses. */
    public record TriageDecided(UUID referralId, Instant decidedAt, String outcome, String programme,
                                String advice) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    EventCodec codec;

    @Incoming("triage-decisions")
    @Blocking
    @Transactional
    public void onTriageEvent(String json) {
        idempotent.consume(CONSUMER, json, this::apply);
    }

    void apply(EventEnvelope envelope) {
        if (!"TriageDecided".equals(envelope.type())) {
            return;
        }
        TriageDecided decision = codec.payload(envelope, TriageDecided.class);
        Referral referral = Referral.findById(decision.referralId());
        if (referral == null || !referral.house.equals(envelope.house())) {
            LOG.warnf("TriageDecided %s for an unknown referral; ignored", envelope.id());
            return;
        }
        referral.status = ReferralStatus.DECIDED;
        referral.decidedAt = decision.decidedAt();
        referral.outcome = decision.outcome();
        referral.outcomeProgramme = decision.programme();
        referral.advice = decision.advice();
    }
}
