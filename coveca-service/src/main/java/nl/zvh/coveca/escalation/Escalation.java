package nl.zvh.coveca.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.coveca.cases.AveLevel;
import nl.zvh.coveca.cases.Direction;

/** One step up or down the AVE levels with the question raised and, later, the answer. */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public AveLevel level;

    public String question;
    public String answer;

    public Instant raisedAt;

    public String raisedBy;

    public Instant answeredAt;

    public String answeredBy;

    protected Escalation() {
    }

    /** A step raised on a case (the case checked it against its current level). */
    Escalation(UUID caseId, EscalationViews.NewEscalation step, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.direction = step.direction();
        this.level = step.level();
        this.question = step.question();
        this.raisedAt = at;
        this.raisedBy = by;
    }
}
