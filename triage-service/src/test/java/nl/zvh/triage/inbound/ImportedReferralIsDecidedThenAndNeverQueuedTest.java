package nl.zvh.triage.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.triage.IntakeSamples;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * History import (issue 25): intake's ReferralImported v1, exactly as its sample documents it (a CoVeCa approach
 * decided on 20 March 2025), reaches triage over Kafka: the referral is kept as decided then, with its decision dated
 * then and no session, never on the queue or an agenda, and no TriageDecided (which would open a case in CoVeCa
 * today) is published; its persons are in the national index.
 */
@QuarkusTest
class ImportedReferralIsDecidedThenAndNeverQueuedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void theImportedReferralIsDecidedOnItsOwnDate() throws Exception {
        String id = UUID.randomUUID().toString();
        String event = IntakeSamples.sample("ReferralImported-v1.json", id);
        IntakeSamples.send(bootstrap, id, event);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from triage_decision where referral_id = ?1", id) == 1);

        assertEquals(1L,
                count("select count(*) from triage_referral where referral_id = ?1 and status = 'DECIDED'", id));
        assertEquals(1L,
                count("select count(*) from triage_decision where referral_id = ?1 and outcome = "
                        + "'APPROACH_STARTED' and programme = 'COVECA' and session_id is null and decided_at = "
                        + "timestamptz '2025-03-20 11:00:00+00' and session_date = date '2025-03-20'", id));
        assertEquals(0L, count("select count(*) from agenda_item where referral_id = ?1", id));
        assertEquals(0L, count("select count(*) from outbox_message where aggregate_id = cast(?1 as text)", id),
                "nothing published: no TriageDecided, no ReferralScheduled");
        assertEquals(1L, count(
                "select count(*) from national_person_key where referral_id = ?1 and bsn_key is not " + "null", id));
    }

    private long count(String sql, String id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).setParameter(1, UUID.fromString(id)).getSingleResult())
                        .longValue());
    }
}
