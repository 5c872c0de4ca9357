package nl.zvh.lifecourse.inbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.zvh.platform.testing.ProgrammeStartContract;

/**
 * The platform's start contract on the real broker for the CTER approach: triage's decision for CTER puts the main
 * person on the CTER register once per referral; malformed decisions and unknown versions go to the dead-letter topic.
 */
@QuarkusTest
class TriageDecidedStartsCterOnceTest extends ProgrammeStartContract {
    @Inject
    EntityManager em;

    @Override
    protected String programme() {
        return "CTER";
    }

    @Override
    protected long startedFor(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select count(p) from CterPerson p where p.sourceReferralId = :referral", Long.class)
                .setParameter("referral", referralId).getSingleResult());
    }
}
