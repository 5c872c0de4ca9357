package nl.zvh.trafficking.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import nl.zvh.platform.audit.AuditPersonDirectory;

/** Maps a BSN to the person ids of a house's signal persons (for a person's access log). */
@ApplicationScoped
public class SignalPersonDirectory implements AuditPersonDirectory {

    @Inject
    EntityManager em;

    @Override
    public List<String> personRefs(String house, String bsn) {
        return em
                .createQuery("select p from SignalPerson p where p.identity.bsn = ?1 and p.signal.house = ?2",
                        SignalPerson.class)
                .setParameter(1, bsn).setParameter(2, house).getResultList().stream().map(p -> p.id().toString())
                .distinct().toList();
    }
}
