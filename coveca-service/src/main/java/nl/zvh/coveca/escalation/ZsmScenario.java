package nl.zvh.coveca.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Scenario/advice for the prosecution's ZSM table about a person; valid three months. */
@Entity
@Table(name = "zsm_scenario")
public class ZsmScenario extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "person_id")
    public UUID personId;

    public String scenario;
    public String advice;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    public boolean expiredOn(LocalDate today) {
        return today.isAfter(validUntil);
    }

    protected ZsmScenario() {
    }

    /** A scenario valid for {@code validMonths} from {@code at}'s day. */
    ZsmScenario(UUID caseId, EscalationViews.NewZsmScenario request, String by, Instant at, LocalDate today,
            int validMonths) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.personId = request.personId();
        this.scenario = request.scenario();
        this.advice = request.advice();
        this.createdAt = at;
        this.createdBy = by;
        this.validUntil = today.plusMonths(validMonths);
    }
}
