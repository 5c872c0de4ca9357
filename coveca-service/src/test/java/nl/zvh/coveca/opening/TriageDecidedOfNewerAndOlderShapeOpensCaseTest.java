package nl.zvh.coveca.opening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on the real broker: triage's TriageDecided sample with fields CoVeCa does not know yet, and as
 * triage sent it before gender was added to v1's persons, both open a case with the referral's persons.
 */
@QuarkusTest
class TriageDecidedOfNewerAndOlderShapeOpensCaseTest {

    @Test
    void decisionWithUnknownAddedFieldsOpensACase() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, EventEvolution.withAddedUnknownFields(
                TriageStartingCovecaOpensOneCaseTest.sample("TriageDecided-v1.json", referralId)));
        assertCaseWithPersons(referralId);
    }

    @Test
    void olderDecisionWithoutGenderOpensACase() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, EventEvolution.withoutFields(
                TriageStartingCovecaOpensOneCaseTest.sample("TriageDecided-v1.json", referralId), "gender"));
        assertCaseWithPersons(referralId);
    }

    private static void assertCaseWithPersons(String referralId) {
        String police = Tokens.policeDirector();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(police).queryParam("sourceReferralId", referralId).when().get("/api/cases")
                        .then().statusCode(200).body("$", hasSize(1)));
        String caseId = given().auth().oauth2(police).queryParam("sourceReferralId", referralId)
                .when().get("/api/cases").then().extract().path("[0].id");
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("persons.fullName", contains("Jan van der Berg", "Fatima El Amrani"));
    }
}
