package nl.zvh.lifecourse.clients;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.platform.audit.AuditRecordOwner;

/**
 * A life-course client concerns the organisation of its case manager (every organisation that managed it, the current
 * one and earlier ones): that organisation's privacy officer also sees what others did with the client (issue 23,
 * {@link nl.zvh.platform.audit.AuditScope}).
 */
@ApplicationScoped
public class ClientOwner implements AuditRecordOwner {

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
