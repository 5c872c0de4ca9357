package nl.zvh.intake.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Read access to a house's reference data. */
@ApplicationScoped
public class ReferenceData {

    /** A problem area with its Dutch and English label. */
    public record ProblemArea(String code, String labelNl, String labelEn) {
    }

    /** A partner organisation of a house. */
    public record Organisation(String name, Domain domain) {
    }

    @Inject
    EntityManager em;

    public boolean isMunicipalityOf(String house, String municipality) {
        return !em.createNativeQuery("select 1 from municipality where house = ?1 and name = ?2 and active")
                .setParameter(1, house).setParameter(2, municipality).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public List<String> municipalities(String house) {
        return em.createNativeQuery("select name from municipality where house = ?1 and active order by name")
                .setParameter(1, house).getResultList();
    }

    /** Every problem area, also those a house switched off (labels of existing referrals). */
    @SuppressWarnings("unchecked")
    public List<ProblemArea> problemAreas() {
        List<Object[]> rows = em
                .createNativeQuery("select code, label_nl, label_en from problem_area order by position")
                .getResultList();
        return rows.stream().map(r -> new ProblemArea((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** The problem areas the house offers (its functional admin may switch national ones off). */
    @SuppressWarnings("unchecked")
    public List<ProblemArea> problemAreas(String house) {
        List<Object[]> rows = em.createNativeQuery("select p.code, p.label_nl, p.label_en from problem_area p"
                + " left join house_problem_area h on h.code = p.code and h.house = ?1"
                + " where coalesce(h.active, true) order by p.position").setParameter(1, house).getResultList();
        return rows.stream().map(r -> new ProblemArea((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Whether the house offers this problem area. */
    public boolean isProblemArea(String house, String code) {
        return !em
                .createNativeQuery("select 1 from problem_area p"
                        + " left join house_problem_area h on h.code = p.code and h.house = ?1"
                        + " where p.code = ?2 and coalesce(h.active, true)")
                .setParameter(1, house).setParameter(2, code).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public List<Organisation> organisations(String house) {
        List<Object[]> rows = em
                .createNativeQuery(
                        "select name, domain from partner_organisation where house = ?1 and active order by name")
                .setParameter(1, house).getResultList();
        return rows.stream().map(r -> new Organisation((String) r[0], Domain.valueOf((String) r[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Domain> domainOf(String house, String organisation) {
        List<String> rows = em
                .createNativeQuery("select domain from partner_organisation where house = ?1 and name = ?2")
                .setParameter(1, house).setParameter(2, organisation).getResultList();
        return rows.stream().findFirst().map(Domain::valueOf);
    }
}
