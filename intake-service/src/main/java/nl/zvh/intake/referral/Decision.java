package nl.zvh.intake.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What the triage table decided on a referral ({@code TriageDecided}): when, the outcome ({@code APPROACH_STARTED},
 * {@code ADVICE}, {@code NO_ACTION}), the programme an approach started in, and the advice to the referrer.
 */
@Embeddable
public record Decision(@Column(name = "decided_at") Instant decidedAt, @Column(name = "outcome") String outcome,
        @Column(name = "outcome_programme") String programme, @Column(name = "advice") String advice) {
}
