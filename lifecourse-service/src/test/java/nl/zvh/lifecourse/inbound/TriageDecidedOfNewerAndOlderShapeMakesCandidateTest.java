package nl.zvh.lifecourse.inbound;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on the real broker: triage's TriageDecided sample (programme LIFECOURSE) with fields lifecourse
 * does not know yet, and as triage sent it before gender was added to v1's persons, both make one candidate.
 */
@QuarkusTest
class TriageDecidedOfNewerAndOlderShapeMakesCandidateTest {

    @Test
    void decisionWithUnknownAddedFieldsMakesACandidate() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, EventEvolution
                .withAddedUnknownFields(TriageStartingLifecourseMakesOneCandidateTest.sample(referralId, true)));
        TriageStartingLifecourseMakesOneCandidateTest.theCandidateOf(referralId);
    }

    @Test
    void olderDecisionWithoutGenderMakesACandidate() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, EventEvolution
                .withoutFields(TriageStartingLifecourseMakesOneCandidateTest.sample(referralId, true), "gender"));
        TriageStartingLifecourseMakesOneCandidateTest.theCandidateOf(referralId);
    }
}
