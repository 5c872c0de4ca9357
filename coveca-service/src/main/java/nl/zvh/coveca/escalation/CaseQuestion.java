package nl.zvh.coveca.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A question put about a case to someone outside the network (the next AVE level, an expert of the pool), who put it
 * and when, and the reply (an escalation's answer, an expert's advice): what an escalation step and an expert
 * consultation have in common. Each names its own columns for the shared fields.
 */
@MappedSuperclass
public abstract class CaseQuestion extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID caseId;

    public String question;

    /** The answer or advice; null until given. */
    public String reply;

    public Instant askedAt;

    public String askedBy;

    protected CaseQuestion() {
    }

    /** A new question about the case, with its own id, asked {@code by} someone {@code at} a moment. */
    protected CaseQuestion(UUID caseId, String question, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.question = question;
        this.askedBy = by;
        this.askedAt = at;
    }
}
