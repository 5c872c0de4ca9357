package nl.zvh.coveca.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A closed case opened again, with the reason (history kept). Made by {@link CovecaCase#reopen}. */
@Entity
@Table(name = "case_reopening")
public class CaseReopening extends PanacheEntityBase {
    @Id
    private UUID id;

    private UUID caseId;

    private Instant reopenedAt;

    private String reopenedBy;

    private String reason;

    @Enumerated(EnumType.STRING)
    private ClosureReason previousClosureReason;

    protected CaseReopening() {
    }

    CaseReopening(UUID caseId, String reopenedBy, String reason, ClosureReason previousClosureReason, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.reopenedAt = at;
        this.reopenedBy = reopenedBy;
        this.reason = reason;
        this.previousClosureReason = previousClosureReason;
    }

    public String reason() {
        return reason;
    }

    public ClosureReason previousClosureReason() {
        return previousClosureReason;
    }
}
