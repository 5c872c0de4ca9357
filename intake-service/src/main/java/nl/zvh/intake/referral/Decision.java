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
    /** Triage's programme code of the counter-terrorism, extremism and radicalisation team. */
    static final String CTER = "CTER";
    /** The outcome the referrer reads for a referral the house handles on a need-to-know basis. */
    public static final String IN_HOUSE = "IN_HOUSE";

    /**
     * The decision as the referrer and the data subject are told it: that a referral went to the CTER team is need to
     * know, so they read "in behandeling bij het Zorg- en Veiligheidshuis" ({@value #IN_HOUSE}, no programme, no
     * advice). The house's own figures keep the decision as taken.
     */
    public Decision toldToReferrer() {
        return CTER.equals(programme) ? new Decision(decidedAt, IN_HOUSE, null, null) : this;
    }
}
