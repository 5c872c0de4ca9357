package nl.zvh.triage.check;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zvh.platform.audit.AuditRecordOwner;

/**
 * A familiarity check belongs to the organisation asked to answer it: its privacy officer also sees who at the table
 * read or changed its organisation's answers (issue 23, {@link nl.zvh.platform.audit.AuditScope}).
 */
@ApplicationScoped
public class FamiliarityCheckOwner implements AuditRecordOwner {

    @Override
    public String resourceType() {
        return Checks.AUDIT_TYPE;
    }

    @Override
    public String ownedIds() {
        return "select cast(f.check_id as varchar) from familiarity_check f where f.house = :house"
                + " and f.organisation = :organisation";
    }
}
