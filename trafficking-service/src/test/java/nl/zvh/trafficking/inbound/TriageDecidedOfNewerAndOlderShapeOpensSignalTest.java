package nl.zvh.trafficking.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.trafficking.signal.Signal;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on the real broker: triage's TriageDecided sample (programme TRAFFICKING) with fields trafficking
 * does not know yet, and as triage sent it before gender was added to v1's persons, both open one signal.
 */
@QuarkusTest
class TriageDecidedOfNewerAndOlderShapeOpensSignalTest {

    @Test
    void decisionWithUnknownAddedFieldsOpensASignal() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId,
                EventEvolution.withAddedUnknownFields(TriageDecisionForTraffickingOpensSignalOnceTest
                        .sample(TriageDecisionForTraffickingOpensSignalOnceTest.SAMPLE, referralId, "TRAFFICKING")));
        assertSignal(referralId);
    }

    @Test
    void olderDecisionWithoutGenderOpensASignal() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId,
                EventEvolution.withoutFields(
                        TriageDecisionForTraffickingOpensSignalOnceTest.sample(
                                TriageDecisionForTraffickingOpensSignalOnceTest.SAMPLE, referralId, "TRAFFICKING"),
                        "gender"));
        assertSignal(referralId);
    }

    private static void assertSignal(String referralId) {
        UUID id = UUID.fromString(referralId);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> Signal.count("sourceReferralId", id)) == 1);
        String municipality = QuarkusTransaction.requiringNew()
                .call(() -> Signal.<Signal>find("sourceReferralId", id).firstResult().municipality);
        assertEquals("Roosendaal", municipality);
    }
}
