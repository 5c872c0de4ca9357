package nl.zvh.coveca.cases;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.zvh.platform.audit.AuditPersonDirectory;

/** Maps a BSN to the platform person ids of the case persons of a house (for a person's access log). */
@ApplicationScoped
public class CasePersonDirectory implements AuditPersonDirectory {

    @Override
    public List<String> personRefs(String house, String bsn) {
        return CasePerson
                .<CasePerson>find("select p from CasePerson p where p.identity.bsn = ?1 and p.caseFile.house = ?2", bsn,
                        house)
                .stream().map(p -> p.personId().toString()).distinct().toList();
    }
}
