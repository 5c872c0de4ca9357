package nl.zvh.intake.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Maintenance of a house's reference data by its functional admin: add (or reactivate) and deactivate
 * municipalities and partner organisations. Nothing is deleted: existing referrals keep pointing at their rows.
 */
@ApplicationScoped
public class ReferenceDataAdmin {

    /** A municipality with its state. */
    public record MunicipalityRow(String name, boolean active) {
    }

    /** A partner organisation with its domain and state. */
    public record OrganisationRow(String name, Domain domain, boolean active) {
    }

    /** Everything a functional admin maintains for the house. */
    public record HouseReferenceData(String house, List<MunicipalityRow> municipalities,
            List<OrganisationRow> organisations) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Transactional
    @SuppressWarnings("unchecked")
    public HouseReferenceData all() {
        String house = user.requireHouse();
        List<Object[]> m = em.createNativeQuery("select name, active from municipality where house = ?1 order by name")
                .setParameter(1, house).getResultList();
        List<Object[]> o = em
                .createNativeQuery(
                        "select name, domain, active from partner_organisation where house = ?1 order by name")
                .setParameter(1, house).getResultList();
        return new HouseReferenceData(house,
                m.stream().map(r -> new MunicipalityRow((String) r[0], (Boolean) r[1])).toList(),
                o.stream().map(r -> new OrganisationRow((String) r[0], Domain.valueOf((String) r[1]), (Boolean) r[2]))
                        .toList());
    }

    /** @return false when it was already active */
    @Transactional
    public boolean addMunicipality(String name) {
        return em.createNativeQuery("""
                insert into municipality (house, name, active) values (?1, ?2, true)
                on conflict (house, name) do update set active = true where not municipality.active""")
                .setParameter(1, user.requireHouse()).setParameter(2, name.strip()).executeUpdate() == 1;
    }

    @Transactional
    public void deactivateMunicipality(String name) {
        int changed = em.createNativeQuery("update municipality set active = false where house = ?1 and name = ?2")
                .setParameter(1, user.requireHouse()).setParameter(2, name).executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("municipality " + name);
        }
    }

    /** Adds or reactivates an organisation, setting its domain. @return false when it was already active */
    @Transactional
    public boolean addOrganisation(String name, Domain domain) {
        String house = user.requireHouse();
        boolean wasActive = !em
                .createNativeQuery("select 1 from partner_organisation where house = ?1 and name = ?2 and active")
                .setParameter(1, house).setParameter(2, name.strip()).getResultList().isEmpty();
        em.createNativeQuery("""
                insert into partner_organisation (house, name, domain, active) values (?1, ?2, ?3, true)
                on conflict (house, name) do update set active = true, domain = excluded.domain""")
                .setParameter(1, house).setParameter(2, name.strip()).setParameter(3, domain.name()).executeUpdate();
        return !wasActive;
    }

    @Transactional
    public void deactivateOrganisation(String name) {
        int changed = em
                .createNativeQuery("update partner_organisation set active = false where house = ?1 and name = ?2")
                .setParameter(1, user.requireHouse()).setParameter(2, name).executeUpdate();
        if (changed == 0) {
            throw ProblemException.notFound("partner organisation " + name);
        }
    }
}
