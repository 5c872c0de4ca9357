package nl.zvh.coveca.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A closed case opened again, with the reason (history kept). */
@Entity
@Table(name = "case_reopening")
public class CaseReopening extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "reopened_at")
    public Instant reopenedAt;
    @Column(name = "reopened_by")
    public String reopenedBy;
    public String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_closure_reason")
    public ClosureReason previousClosureReason;
}
