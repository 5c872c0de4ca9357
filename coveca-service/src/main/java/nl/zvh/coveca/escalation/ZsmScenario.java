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
}
