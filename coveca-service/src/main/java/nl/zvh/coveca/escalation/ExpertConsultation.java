package nl.zvh.coveca.escalation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A consultation of the expert pool on a case. */
@Entity
@Table(name = "expert_consultation")
@AttributeOverride(name = "reply", column = @Column(name = "advice"))
@AttributeOverride(name = "askedAt", column = @Column(name = "created_at"))
@AttributeOverride(name = "askedBy", column = @Column(name = "recorded_by"))
public class ExpertConsultation extends CaseQuestion {
    @Enumerated(EnumType.STRING)
    public ExpertType expertType;

    public String expertName;

    public LocalDate consultedOn;

    protected ExpertConsultation() {
    }

    ExpertConsultation(UUID caseId, EscalationViews.NewConsultation consultation, String by, Instant at) {
        super(caseId, consultation.question(), by, at);
        this.expertType = consultation.expertType();
        this.expertName = consultation.expertName();
        this.reply = consultation.advice();
        this.consultedOn = consultation.consultedOn();
    }
}
