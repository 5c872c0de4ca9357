package nl.zvh.triage.match;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID matchId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "referral_id")
    public TriageReferral referral;

    public UUID personId;

    public UUID matchedPersonId;

    public UUID matchedReferralId;

    public BigDecimal score;
    public String reason;

    /** The evidence: comma-separated {@link MatchField} codes of the fields in which the two persons agree. */
    public String matchedFields;

    @Enumerated(EnumType.STRING)
    public MatchStatus status;

    public Instant decidedAt;

    public String decidedBy;
}
