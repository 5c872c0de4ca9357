package nl.zvh.reintegration.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.reintegration.track.Track;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on the real broker: triage's TriageDecided sample (programme REINTEGRATION) with fields
 * reintegration does not know yet, and as triage sent it before gender was added to v1's persons, both open a track
 * for the main person.
 */
@QuarkusTest
class TriageDecidedOfNewerAndOlderShapeOpensTrackTest {

    @Test
    void decisionWithUnknownAddedFieldsOpensATrack() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, EventEvolution.withAddedUnknownFields(
                TriageDecisionForReintegrationOpensTrackOnceTest.sample(referralId, "REINTEGRATION")));
        assertTrackForJan(referralId);
    }

    @Test
    void olderDecisionWithoutGenderOpensATrack() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, EventEvolution.withoutFields(
                TriageDecisionForReintegrationOpensTrackOnceTest.sample(referralId, "REINTEGRATION"), "gender"));
        assertTrackForJan(referralId);
    }

    private static void assertTrackForJan(String referralId) {
        UUID id = UUID.fromString(referralId);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> Track.count("sourceReferralId", id)) == 1);
        String municipality = QuarkusTransaction.requiringNew()
                .call(() -> Track.<Track>find("sourceReferralId", id).firstResult().municipality());
        assertEquals("Roosendaal", municipality);
    }
}
