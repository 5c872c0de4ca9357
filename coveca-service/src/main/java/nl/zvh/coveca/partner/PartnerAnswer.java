package nl.zvh.coveca.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner's answer on one of its organisation's agreements; only added, never changed. */
@Entity
@Table(name = "partner_answer")
public class PartnerAnswer extends PanacheEntityBase {
    @Id
    UUID id;

    UUID caseId;

    UUID agreementId;

    String organisation;

    @Enumerated(EnumType.STRING)
    AnswerKind kind;

    String note;

    String answeredBy;

    /** The partner's name as people read it (token claim {@code name}); never the login name. */
    String answeredByName;

    Instant answeredAt;

    protected PartnerAnswer() {
    }

    PartnerAnswer(UUID caseId, UUID agreementId, String organisation, AnswerKind kind, String note, String answeredBy,
            String answeredByName, Instant at) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.agreementId = agreementId;
        this.organisation = organisation;
        this.kind = kind;
        this.note = note;
        this.answeredBy = answeredBy;
        this.answeredByName = answeredByName;
        this.answeredAt = at;
    }
}
