package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zvh.platform.audit.AuditRecordOwner;

/**
 * A referral belongs to the referrer's organisation: its privacy officer also sees what others (the chair, a
 * coordinator) did with the referrals its own users made (issue 23, {@link nl.zvh.platform.audit.AuditScope}).
 */
@ApplicationScoped
public class ReferralOwner implements AuditRecordOwner {

    @Override
    public String resourceType() {
        return Referrals.AUDIT_TYPE;
    }

    @Override
    public String ownedIds() {
        return "select cast(r.id as varchar) from referral r where r.house = :house"
                + " and r.referrer_organisation = :organisation";
    }
}
