package nl.zvh.lifecourse.candidates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionView;

/** The decision an inclusion-table session took about one candidate (made by {@link Candidate#decide}). */
@Entity
@Table(name = "inclusion_decision")
public class InclusionDecision extends PanacheEntityBase {
    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private InclusionSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String reason;

    private boolean capacityOverridden;

    private String decidedBy;

    private Instant decidedAt;

    protected InclusionDecision() {
    }

    InclusionDecision(InclusionSession session, Candidate candidate, Decision decision, String reason,
            boolean capacityOverridden, String decidedBy, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.session = session;
        this.candidate = candidate;
        this.decision = decision;
        this.reason = reason;
        this.capacityOverridden = capacityOverridden;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    /** Whether the table included the candidate beyond the house's capacity, confirmed with a reason. */
    public boolean capacityOverridden() {
        return capacityOverridden;
    }

    /** The decision as the API and the pages show it. */
    public DecisionView view() {
        return new DecisionView(id, candidate.id(), candidate.fullName(), decision, reason, capacityOverridden,
                decidedBy, decidedAt);
    }
}
