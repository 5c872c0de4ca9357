package nl.zvh.lifecourse.candidates;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The decision an inclusion-table session took about one candidate. */
@Entity
@Table(name = "inclusion_decision")
public class InclusionDecision extends PanacheEntityBase {
    @Id
    public UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    public InclusionSession session;
    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;
    @Enumerated(EnumType.STRING)
    public Decision decision;
    public String reason;
    @Column(name = "capacity_overridden")
    public boolean capacityOverridden;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
