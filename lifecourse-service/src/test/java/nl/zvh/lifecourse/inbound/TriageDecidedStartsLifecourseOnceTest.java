package nl.zvh.lifecourse.inbound;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import nl.zvh.platform.testing.ProgrammeStartContract;

/**
 * The platform's start contract on the real broker for the life-course approach: triage's decision for LIFECOURSE
 * makes one candidate per referral; malformed decisions and unknown versions go to the dead-letter topic.
 */
@QuarkusTest
class TriageDecidedStartsLifecourseOnceTest extends ProgrammeStartContract {
    @Inject
    EntityManager em;

    @Override
    protected String programme() {
        return "LIFECOURSE";
    }

    @Override
    protected long startedFor(UUID referralId) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select count(c) from Candidate c where c.sourceReferralId = :referral", Long.class)
                .setParameter("referral", referralId).getSingleResult());
    }
}
