package nl.zvh.coveca.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The life domains of a house: its own list when it has one, else the default list (house '*'). */
@ApplicationScoped
public class LifeDomains {

    /** One life domain. */
    public record LifeDomain(String code, String nameNl, String nameEn, int position) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<LifeDomain> of(String house) {
        List<Object[]> rows = em.createNativeQuery("""
                select code, name_nl, name_en, position from life_domain
                where house = (select coalesce(max(house), '*') from life_domain where house = ?1)
                order by position""").setParameter(1, house).getResultList();
        return rows.stream()
                .map(r -> new LifeDomain((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue()))
                .toList();
    }

    public boolean isDomainOf(String house, String code) {
        return of(house).stream().anyMatch(d -> d.code().equals(code));
    }
}
