package nl.zvh.intake.referral;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.zvh.platform.audit.AuditPersonDirectory;

/** Maps a BSN to the platform person ids of a house's referral persons (for a person's access log). */
@ApplicationScoped
public class ReferralPersonDirectory implements AuditPersonDirectory {

    @Override
    public List<String> personRefs(String house, String bsn) {
        return ReferralPerson.<ReferralPerson>find("select p from ReferralPerson p where p.bsn = ?1 and p.referral.house = ?2",
                bsn, house).list()
                .stream().map(p -> p.id.toString()).distinct().toList();
    }
}
