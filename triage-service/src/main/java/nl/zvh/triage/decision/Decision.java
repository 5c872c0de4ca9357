package nl.zvh.triage.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "referral_id")
    public UUID referralId;

    public String house;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "session_date")
    public LocalDate sessionDate;

    @Column(name = "session_starts_at")
    public Instant sessionStartsAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public Intensity intensity;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_approach")
    public SubApproach subApproach;

    public String advice;
    public String rationale;
    /** Comma-separated organisations present at the table. */
    @Column(name = "members_present")
    public String membersPresent;

    /** Time from the start of the session to the decision (the feedback to the referrer); negative if before. */
    public Duration feedbackTime() {
        return Duration.between(sessionStartsAt, decidedAt);
    }
}
