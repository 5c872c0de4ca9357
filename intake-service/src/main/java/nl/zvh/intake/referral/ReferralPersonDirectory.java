package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditPersonDirectory;

/**
 * Finds a house's referral persons by BSN or platform person id: for a person's access log, and for the subject
 * access export (referrals not erased only).
 */
@ApplicationScoped
public class ReferralPersonDirectory implements AuditPersonDirectory {

    @Override
    public List<String> personRefs(String house, String bsn) {
        return ReferralPerson.<ReferralPerson>list("identity.bsn = ?1 and referral.house = ?2", bsn, house).stream()
                .map(p -> p.id().toString()).distinct().toList();
    }

    /** The persons with {@code bsn} in the house's referrals that are not erased. */
    public List<ReferralPerson> withBsn(String house, String bsn) {
        return ReferralPerson.list("identity.bsn = ?1 and referral.house = ?2 and referral.erasedAt is null", bsn,
                house);
    }

    /** The person with platform person id {@code personId} in the house's referrals that are not erased. */
    public List<ReferralPerson> withPersonId(String house, UUID personId) {
        return ReferralPerson.list("id = ?1 and referral.house = ?2 and referral.erasedAt is null", personId, house);
    }
}
