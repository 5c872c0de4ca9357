package nl.zvh.platform.reference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Keeps a service's read models of intake's reference data, tables {@code municipality (intake_id, house, name, active,
 * version)} and {@code partner_organisation (intake_id, house, name, domain, active, version)}: each event carries an
 * entity's whole state and version, and only a higher version than the one held changes anything, so events may come
 * twice, late or out of order (the nightly snapshot restates every entity). A municipality seeded by the service's own
 * migration before it followed intake is claimed by house and name. The service says in {@link #renamed} what else
 * carries a municipality's name along (as intake's referrals follow it).
 */
public abstract class ReferenceReadModel {

    @Inject
    protected EntityManager em;

    /** A municipality of {@code house} was renamed: carry the service's own records along. */
    protected abstract void renamed(String house, String from, String to);

    /** @return whether the municipality changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean municipality(UUID id, String house, String name, boolean active, int version) {
        List<?> held = em.createNativeQuery("select name from municipality where intake_id = ?1").setParameter(1, id)
                .getResultList();
        if (held.isEmpty()) {
            return claimOrInsert(id, house, name, active, version);
        }
        String old = held.get(0).toString();
        int changed = em
                .createNativeQuery("update municipality set name = ?1, house = ?2, active = ?3, version = ?4"
                        + " where intake_id = ?5 and coalesce(version, -1) < ?4")
                .setParameter(1, name).setParameter(2, house).setParameter(3, active).setParameter(4, version)
                .setParameter(5, id).executeUpdate();
        if (changed == 1 && !old.equals(name)) {
            renamed(house, old, name);
        }
        return changed == 1;
    }

    private boolean claimOrInsert(UUID id, String house, String name, boolean active, int version) {
        int claimed = em
                .createNativeQuery("update municipality set intake_id = ?1, active = ?2, version = ?3"
                        + " where house = ?4 and name = ?5 and intake_id is null")
                .setParameter(1, id).setParameter(2, active).setParameter(3, version).setParameter(4, house)
                .setParameter(5, name).executeUpdate();
        if (claimed == 0) {
            em.createNativeQuery("insert into municipality (intake_id, house, name, active, version)"
                    + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, id).setParameter(2, house).setParameter(3, name)
                    .setParameter(4, active).setParameter(5, version).executeUpdate();
        }
        return true;
    }

    /** @return whether the partner organisation changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean partnerOrganisation(UUID id, String house, String name, String domain, boolean active, int version) {
        return em.createNativeQuery("""
                insert into partner_organisation (intake_id, house, name, domain, active, version)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (intake_id) do update set house = excluded.house, name = excluded.name,
                    domain = excluded.domain, active = excluded.active, version = excluded.version
                where partner_organisation.version < excluded.version""").setParameter(1, id).setParameter(2, house)
                .setParameter(3, name).setParameter(4, domain).setParameter(5, active).setParameter(6, version)
                .executeUpdate() == 1;
    }
}
