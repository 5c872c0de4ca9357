package nl.zvh.triage.match;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.triage.queue.TriageReferral;

/** A person of a referral who may be the same as a person of an earlier referral. */
@Entity
@Table(name = "possible_match")
public class PossibleMatch extends PanacheEntityBase {
    @Id
    @Column(name = "match_id")
    public UUID matchId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    public TriageReferral referral;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "matched_person_id")
    public UUID matchedPersonId;

    @Column(name = "matched_referral_id")
    public UUID matchedReferralId;

    public BigDecimal score;
    public String reason;

    @Enumerated(EnumType.STRING)
    public MatchStatus status;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;
}
