package nl.zvh.coveca.escalation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.coveca.cases.AveLevel;
import nl.zvh.coveca.cases.Direction;

/** One step up or down the AVE levels with the question raised and, later, the answer. */
@Entity
@Table(name = "escalation")
@AttributeOverride(name = "reply", column = @Column(name = "answer"))
@AttributeOverride(name = "askedAt", column = @Column(name = "raised_at"))
@AttributeOverride(name = "askedBy", column = @Column(name = "raised_by"))
public class Escalation extends CaseQuestion {
    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public AveLevel level;

    public Instant answeredAt;

    public String answeredBy;

    protected Escalation() {
    }

    /** A step raised on a case (the case checked it against its current level). */
    Escalation(UUID caseId, EscalationViews.NewEscalation step, String by, Instant at) {
        super(caseId, step.question(), by, at);
        this.direction = step.direction();
        this.level = step.level();
    }
}
