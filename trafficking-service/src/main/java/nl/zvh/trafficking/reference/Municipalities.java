package nl.zvh.trafficking.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The active municipalities of each house (seeded from shared/data/houses.yaml). */
@ApplicationScoped
public class Municipalities {

    @Inject
    EntityManager em;

    public boolean isMunicipalityOf(String house, String municipality) {
        return municipality != null
                && !em.createNativeQuery("select 1 from municipality where house = ?1 and name = ?2 and active")
                        .setParameter(1, house).setParameter(2, municipality).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public List<String> of(String house) {
        return em.createNativeQuery("select name from municipality where house = ?1 and active order by name")
                .setParameter(1, house).getResultList();
    }
}
