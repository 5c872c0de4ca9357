package nl.zvh.coveca.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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

    public UUID caseId;

    public UUID personId;

    public String scenario;
    public String advice;

    public Instant createdAt;

    public String createdBy;

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
