package nl.zvh.lifecourse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.platform.audit.AuditRecordOwner;

/**
 * The tests' declaration of record ownership (platform {@link AuditRecordOwner}): a life-course client concerns the
 * organisation of its case manager, so that organisation's privacy officer also sees what others did with it.
 */
@ApplicationScoped
public class ClientsBelongToTheirCaseManagersOrganisation implements AuditRecordOwner {

    @Override
    public String resourceType() {
        return LifecourseAudit.CANDIDATE;
    }

    @Override
    public String ownedIds() {
        return "select cast(m.candidate_id as varchar) from case_manager m join candidate c on c.id = m.candidate_id"
                + " where m.organisation = :organisation and c.house = :house";
    }
}
