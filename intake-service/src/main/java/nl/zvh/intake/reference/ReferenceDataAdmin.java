package nl.zvh.intake.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.zvh.intake.reference.ReferenceConflict.Reason;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Maintenance of a house's reference data by its functional admin: add, rename, deactivate and reactivate
 * municipalities and partner organisations. Nothing is deleted: existing referrals keep pointing at their rows (a
 * renamed municipality carries its referrals along). Every change checks the version the admin saw (optimistic
 * locking: a stale save is a {@link ReferenceConflict}, never a silent overwrite), raises the version and is
 * published through the outbox ({@link ReferencePublisher}).
 */
@ApplicationScoped
public class ReferenceDataAdmin {

    /** A municipality with its state and version. */
    public record MunicipalityRow(UUID id, String name, boolean active, int version) {
    }

    /** A partner organisation with its domain, state and version. */
    public record OrganisationRow(UUID id, String name, Domain domain, boolean active, int version) {
    }

    /** Everything a functional admin maintains for the house. */
    public record HouseReferenceData(String house, List<MunicipalityRow> municipalities,
            List<OrganisationRow> organisations) {
    }

    private static final String MUNICIPALITIES = "select id, name, active, version from municipality where house = ?1";
    private static final String ORGANISATIONS = "select id, name, domain, active, version from partner_organisation"
            + " where house = ?1";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ReferencePublisher publisher;

    @Transactional
    public HouseReferenceData all() {
        String house = user.requireHouse();
        return new HouseReferenceData(house, municipalities(" order by name", house),
                organisations(" order by name", house));
    }

    public Optional<MunicipalityRow> municipality(UUID id) {
        return municipalities(" and id = ?2", user.requireHouse(), id).stream().findFirst();
    }

    public Optional<OrganisationRow> organisation(UUID id) {
        return organisations(" and id = ?2", user.requireHouse(), id).stream().findFirst();
    }

    /** Adds a municipality or reactivates an inactive one. @return false when it was already active */
    @Transactional
    public boolean addMunicipality(String name) {
        Optional<MunicipalityRow> existing = municipalities(" and name = ?2", user.requireHouse(), name.strip())
                .stream().findFirst();
        if (existing.isPresent()) {
            MunicipalityRow m = existing.get();
            return !m.active() && changeMunicipality(m.id(), m.name(), true, m.version()) != null;
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into municipality (id, house, name, active) values (?1, ?2, ?3, true)")
                .setParameter(1, id).setParameter(2, user.requireHouse()).setParameter(3, name.strip()).executeUpdate();
        publisher.municipality(id);
        return true;
    }

    /** Renames, deactivates or reactivates a municipality the admin saw at {@code version}. */
    @Transactional
    public MunicipalityRow changeMunicipality(UUID id, String name, boolean active, int version) {
        String house = user.requireHouse();
        MunicipalityRow now = municipality(id).orElseThrow(() -> ProblemException.notFound("municipality " + id));
        checkVersion(now.version(), version, "municipality " + now.name());
        if (!now.name().equals(name.strip()) && !municipalities(" and name = ?2", house, name.strip()).isEmpty()) {
            throw new ReferenceConflict(Reason.NAME_TAKEN, "the house has a municipality " + name.strip());
        }
        int changed = em
                .createNativeQuery("update municipality set name = ?1, active = ?2, version = version + 1"
                        + " where id = ?3 and house = ?4 and version = ?5")
                .setParameter(1, name.strip()).setParameter(2, active).setParameter(3, id).setParameter(4, house)
                .setParameter(5, version).executeUpdate();
        checkVersion(changed == 1 ? version : -1, version, "municipality " + now.name());
        publisher.municipality(id);
        return municipality(id).orElseThrow();
    }

    /** Deactivates the house's municipality of that name, whatever its version (the API's older operation). */
    @Transactional
    public void deactivateMunicipality(String name) {
        MunicipalityRow m = municipalities(" and name = ?2", user.requireHouse(), name).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("municipality " + name));
        changeMunicipality(m.id(), m.name(), false, m.version());
    }

    /**
     * Adds a partner organisation, or reactivates an inactive one of the same domain. Adding one that exists with
     * another domain is a {@link ReferenceConflict}: its domain changes on its own form only. @return false when it
     * was already active
     */
    @Transactional
    public boolean addOrganisation(String name, Domain domain) {
        Optional<OrganisationRow> existing = organisations(" and name = ?2", user.requireHouse(), name.strip()).stream()
                .findFirst();
        if (existing.isPresent()) {
            OrganisationRow o = existing.get();
            if (o.domain() != domain) {
                throw new ReferenceConflict(Reason.OTHER_DOMAIN,
                        "partner organisation " + o.name() + " exists with domain " + o.domain());
            }
            return !o.active() && changeOrganisation(o.id(), o.name(), domain, true, o.version()) != null;
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery(
                "insert into partner_organisation (id, house, name, domain, active)" + " values (?1, ?2, ?3, ?4, true)")
                .setParameter(1, id).setParameter(2, user.requireHouse()).setParameter(3, name.strip())
                .setParameter(4, domain.name()).executeUpdate();
        publisher.organisation(id);
        return true;
    }

    /** Renames, changes the domain of, deactivates or reactivates an organisation the admin saw at {@code version}. */
    @Transactional
    public OrganisationRow changeOrganisation(UUID id, String name, Domain domain, boolean active, int version) {
        String house = user.requireHouse();
        OrganisationRow now = organisation(id)
                .orElseThrow(() -> ProblemException.notFound("partner organisation " + id));
        checkVersion(now.version(), version, "partner organisation " + now.name());
        if (!now.name().equals(name.strip()) && !organisations(" and name = ?2", house, name.strip()).isEmpty()) {
            throw new ReferenceConflict(Reason.NAME_TAKEN, "the house has a partner organisation " + name.strip());
        }
        int changed = em
                .createNativeQuery("update partner_organisation set name = ?1, domain = ?2, active = ?3,"
                        + " version = version + 1 where id = ?4 and house = ?5 and version = ?6")
                .setParameter(1, name.strip()).setParameter(2, domain.name()).setParameter(3, active)
                .setParameter(4, id).setParameter(5, house).setParameter(6, version).executeUpdate();
        checkVersion(changed == 1 ? version : -1, version, "partner organisation " + now.name());
        publisher.organisation(id);
        return organisation(id).orElseThrow();
    }

    /** Deactivates the house's partner organisation of that name, whatever its version (the API's older operation). */
    @Transactional
    public void deactivateOrganisation(String name) {
        OrganisationRow o = organisations(" and name = ?2", user.requireHouse(), name).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("partner organisation " + name));
        changeOrganisation(o.id(), o.name(), o.domain(), false, o.version());
    }

    private static void checkVersion(int stored, int seen, String what) {
        if (stored != seen) {
            throw new ReferenceConflict(Reason.STALE, what + " was changed by someone else since version " + seen);
        }
    }

    private List<MunicipalityRow> municipalities(String where, Object... parameters) {
        return query(MUNICIPALITIES + where, parameters).stream()
                .map(r -> new MunicipalityRow((UUID) r[0], (String) r[1], (Boolean) r[2], ((Number) r[3]).intValue()))
                .toList();
    }

    private List<OrganisationRow> organisations(String where, Object... parameters) {
        return query(ORGANISATIONS + where, parameters).stream().map(r -> new OrganisationRow((UUID) r[0],
                (String) r[1], Domain.valueOf((String) r[2]), (Boolean) r[3], ((Number) r[4]).intValue())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
