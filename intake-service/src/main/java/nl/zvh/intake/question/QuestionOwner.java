package nl.zvh.intake.question;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zvh.platform.audit.AuditRecordOwner;

/**
 * A question belongs to the organisation that asked it: its privacy officer also sees what the house's staff did with
 * its questions (issue 23, {@link nl.zvh.platform.audit.AuditScope}).
 */
@ApplicationScoped
public class QuestionOwner implements AuditRecordOwner {

    @Override
    public String resourceType() {
        return "question";
    }

    @Override
    public String ownedIds() {
        return "select cast(q.id as varchar) from question q where q.house = :house"
                + " and q.asker_organisation = :organisation";
    }
}
