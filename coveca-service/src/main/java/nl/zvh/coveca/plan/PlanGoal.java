package nl.zvh.coveca.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A shared goal of the plan on one life domain. */
@Entity
@Table(name = "plan_goal")
public class PlanGoal extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID caseId;

    public String lifeDomain;

    public String description;

    public Instant createdAt;

    public String createdBy;
}
