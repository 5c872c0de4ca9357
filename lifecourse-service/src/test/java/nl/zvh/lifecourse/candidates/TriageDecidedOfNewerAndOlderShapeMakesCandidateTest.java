package nl.zvh.lifecourse.candidates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
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
        Kafka.send("zvh.triage.decision", referralId, EventEvolution.withAddedUnknownFields(
                TriageStartingLifecourseMakesOneCandidateTest.sample(referralId, true)));
        assertCandidate(referralId);
    }

    @Test
    void olderDecisionWithoutGenderMakesACandidate() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, EventEvolution.withoutFields(
                TriageStartingLifecourseMakesOneCandidateTest.sample(referralId, true), "gender"));
        assertCandidate(referralId);
    }

    private static void assertCandidate(String referralId) {
        String coordinator = Tokens.coordinator();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(coordinator).queryParam("sourceReferralId", referralId)
                        .when().get("/api/candidates").then().statusCode(200).body("$", hasSize(1)));
        given().auth().oauth2(coordinator).queryParam("sourceReferralId", referralId).when().get("/api/candidates")
                .then().body("[0].fullName", equalTo("Jan van der Berg"))
                .body("[0].municipality", equalTo("Roosendaal"));
    }
}
