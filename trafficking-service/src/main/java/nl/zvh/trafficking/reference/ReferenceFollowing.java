package nl.zvh.trafficking.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.zvh.platform.reference.ReferenceReadModel;

/**
 * Trafficking's read models of intake's reference data ({@link ReferenceReadModel}). A renamed municipality carries
 * the house's signals and approaches along, as intake's referrals follow it.
 */
@ApplicationScoped
public class ReferenceFollowing extends ReferenceReadModel {

    @Override
    protected void renamed(String house, String from, String to) {
        for (String table : List.of("signal", "approach")) {
            em.createNativeQuery("update " + table + " set municipality = ?1 where house = ?2 and municipality = ?3")
                    .setParameter(1, to).setParameter(2, house).setParameter(3, from).executeUpdate();
        }
    }
}
