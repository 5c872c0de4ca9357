package nl.zvh.triage.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.zvh.platform.audit.AuditPersonDirectory;

/** Maps a BSN to the platform person ids of a house's referrals on the triage table (for a person's access log). */
@ApplicationScoped
public class TriagePersonDirectory implements AuditPersonDirectory {

    @Override
    public List<String> personRefs(String house, String bsn) {
        return TriagePerson
                .<TriagePerson>find("select p from TriagePerson p where p.identity.bsn = ?1 and p.referral.house = ?2",
                        bsn, house)
                .list().stream().map(p -> p.personId().toString()).distinct().toList();
    }
}
