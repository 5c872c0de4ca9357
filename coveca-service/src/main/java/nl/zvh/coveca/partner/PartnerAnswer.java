package nl.zvh.coveca.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;

/**
 * A partner's answer on one of its organisation's agreements; only added, never changed, except that a change request
 * receives the process director's reply once.
 */
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

    /** The process director's answer on a change request; null while it waits (and for a DONE answer). */
    @Enumerated(EnumType.STRING)
    ChangeReply reply;

    String replyNote;

    String repliedBy;

    String repliedByName;

    Instant repliedAt;

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

    /** The process director replies on this change request, once (409 when it was answered or is no request). */
    void reply(ChangeReply reply, String note, String by, String byName, Instant at) {
        if (kind != AnswerKind.CHANGE_REQUESTED || this.reply != null) {
            throw ProblemException.conflict("change request " + id + " was answered");
        }
        this.reply = reply;
        this.replyNote = note;
        this.repliedBy = by;
        this.repliedByName = byName;
        this.repliedAt = at;
    }
}
