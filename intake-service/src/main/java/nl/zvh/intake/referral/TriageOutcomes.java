package nl.zvh.intake.referral;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.zvh.intake.notification.NotificationKind;
import nl.zvh.intake.notification.Notifications;
import nl.zvh.platform.event.EventCodec;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.inbox.IdempotentConsumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the triage table's events (owned by triage-service, topic zvh.triage.decision) back into the referral and
 * the referrer's inbox: {@code ReferralScheduled} puts it on the agenda, {@code TriageDecided} records the outcome
 * and advice. A referral never moves back: a late schedule does not undo a decision or a withdrawal.
 */
@ApplicationScoped
public class TriageOutcomes {
    private static final Logger LOG = Logger.getLogger(TriageOutcomes.class);
    static final String CONSUMER = "intake-referral-status";
    static final String SCHEDULED = "ReferralScheduled";
    static final String DECIDED = "TriageDecided";
    private static final Set<ReferralStatus> SCHEDULABLE = EnumSet.of(ReferralStatus.SUBMITTED,
            ReferralStatus.ON_AGENDA);
    private static final Set<ReferralStatus> DECIDABLE = EnumSet.of(ReferralStatus.SUBMITTED,
            ReferralStatus.ON_AGENDA, ReferralStatus.DECIDED);

    /** The fields of TriageDecided v1 that intake uses. */
    public record TriageDecided(UUID referralId, Instant decidedAt, String outcome, String programme,
                                String advice) {
    }

    /** The fields of ReferralScheduled v1 that intake uses. */
    public record ReferralScheduled(UUID referralId, UUID sessionId, LocalDate sessionDate) {
    }

    @Inject
    IdempotentConsumer idempotent;
    @Inject
    EventCodec codec;
    @Inject
    Notifications notifications;

    @Incoming("triage-decisions")
    @Blocking
    public void onTriageEvent(String json) {
        idempotent.consume(CONSUMER, json, Set.of(SCHEDULED, DECIDED), this::apply);
    }

    void apply(EventEnvelope envelope) {
        switch (envelope.type()) {
            case SCHEDULED -> scheduled(envelope, codec.payload(envelope, ReferralScheduled.class));
            case DECIDED -> decided(envelope, codec.payload(envelope, TriageDecided.class));
            default -> LOG.debugf("ignoring %s", envelope.type());
        }
    }

    private void scheduled(EventEnvelope envelope, ReferralScheduled event) {
        Referral referral = referralOf(envelope, event.referralId());
        if (referral == null || event.sessionDate() == null) {
            return;
        }
        if (!SCHEDULABLE.contains(referral.status)) {
            LOG.infof("%s %s for a referral that is %s; status kept", SCHEDULED, envelope.id(), referral.status);
            return;
        }
        if (event.sessionDate().equals(referral.agendaDate)) {
            return;
        }
        referral.status = ReferralStatus.ON_AGENDA;
        referral.agendaDate = event.sessionDate();
        notifications.record(referral.house, referral.referrerOrganisation, referral.id, NotificationKind.ON_AGENDA,
                referral.agendaDate, null, null, null);
    }

    private void decided(EventEnvelope envelope, TriageDecided decision) {
        Referral referral = referralOf(envelope, decision.referralId());
        if (referral == null) {
            return;
        }
        if (!DECIDABLE.contains(referral.status)) {
            LOG.infof("%s %s for a referral that is %s; status kept", DECIDED, envelope.id(), referral.status);
            return;
        }
        referral.status = ReferralStatus.DECIDED;
        referral.decidedAt = decision.decidedAt();
        referral.outcome = decision.outcome();
        referral.outcomeProgramme = decision.programme();
        referral.advice = decision.advice();
        notifications.record(referral.house, referral.referrerOrganisation, referral.id, NotificationKind.DECIDED,
                referral.agendaDate, decision.outcome(), decision.programme(), decision.advice());
    }

    private static Referral referralOf(EventEnvelope envelope, UUID referralId) {
        Referral referral = referralId == null ? null : Referral.findById(referralId);
        if (referral == null || !referral.house.equals(envelope.house())) {
            LOG.warnf("%s %s for an unknown referral; ignored", envelope.type(), envelope.id());
            return null;
        }
        return referral;
    }
}
