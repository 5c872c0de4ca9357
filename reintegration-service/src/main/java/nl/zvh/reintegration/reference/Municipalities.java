package nl.zvh.reintegration.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The house that serves a municipality of return (a detainee's house follows from where they return to). */
@ApplicationScoped
public class Municipalities {

    @Inject
    EntityManager em;

    public Optional<String> houseOf(String municipality) {
        if (municipality == null) {
            return Optional.empty();
        }
        List<?> houses = em.createNativeQuery("select house from municipality where name = ?1")
                .setParameter(1, municipality).getResultList();
        return houses.stream().findFirst().map(Object::toString);
    }
}
