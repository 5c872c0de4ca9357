package nl.zvh.reintegration.reference;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zvh.platform.reference.ReferenceReadModel;

/**
 * Re-integration's read models of intake's reference data ({@link ReferenceReadModel}). A renamed municipality
 * carries its tracks (foreign key, on update cascade) and escalations along, as intake's referrals follow it.
 */
@ApplicationScoped
public class ReferenceFollowing extends ReferenceReadModel {

    @Override
    protected void renamed(String house, String from, String to) {
        em.createNativeQuery("update escalation set municipality = ?1 where municipality = ?2").setParameter(1, to)
                .setParameter(2, from).executeUpdate();
    }
}
