package nl.zvh.coveca.inbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.zvh.platform.testing.ProgrammeStartContract;

/**
 * The platform's programme-start contract for CoVeCa on the real broker: a TriageDecided starting COVECA opens one
 * case for its referral; malformed decisions and unknown versions go to the dead-letter topic; other programmes' and
 * advice decisions open nothing.
 */
@QuarkusTest
class TriageDecidedStartsCovecaOnceTest extends ProgrammeStartContract {

    @Inject
    EntityManager em;

    @Override
    protected String programme() {
        return "COVECA";
    }

    @Override
    protected long startedFor(UUID referralId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em
                        .createNativeQuery("select count(*) from coveca_case where source_referral_id = ?1")
                        .setParameter(1, referralId).getSingleResult()).longValue());
    }
}
