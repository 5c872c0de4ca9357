package nl.zvh.triage.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The table's decision on one referral. */
@Entity
@Table(name = "triage_decision")
public class Decision extends PanacheEntityBase {
    @Id
    public UUID referralId;

    public String house;

    public UUID sessionId;

    public LocalDate sessionDate;

    public Instant sessionStartsAt;

    /** When the referrer submitted the referral: the feedback time runs from here (from the session when unknown). */
    public Instant submittedAt;

    public Instant decidedAt;

    public String decidedBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public Intensity intensity;

    @Enumerated(EnumType.STRING)
    public SubApproach subApproach;

    public String advice;
    public String rationale;
    /** Comma-separated organisations present at the table. */
    public String membersPresent;

    /**
     * Time from the submission to the decision (the feedback to the referrer). Never negative: a decision is taken
     * after the submission; a clock that disagrees counts as no time at all.
     */
    public Duration feedbackTime() {
        Duration time = Duration.between(submittedAt != null ? submittedAt : sessionStartsAt, decidedAt);
        return time.isNegative() ? Duration.ZERO : time;
    }
}
