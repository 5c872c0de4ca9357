package nl.zvh.coveca.escalation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consultation of the expert pool on a case. */
@Entity
@Table(name = "expert_consultation")
public class ExpertConsultation extends PanacheEntityBase {
    @Id
    public UUID id;

    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public ExpertType expertType;

    public String expertName;

    public String question;
    public String advice;

    public LocalDate consultedOn;

    public String recordedBy;

    public Instant createdAt;

    protected ExpertConsultation() {
    }

    ExpertConsultation(UUID caseId, EscalationViews.NewConsultation consultation, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.expertType = consultation.expertType();
        this.expertName = consultation.expertName();
        this.question = consultation.question();
        this.advice = consultation.advice();
        this.consultedOn = consultation.consultedOn();
        this.recordedBy = by;
        this.createdAt = at;
    }
}
