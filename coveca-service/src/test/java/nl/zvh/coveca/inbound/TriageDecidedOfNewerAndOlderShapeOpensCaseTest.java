package nl.zvh.coveca.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
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
        String caseId = OpenedCases.awaitOne(police, "sourceReferralId", referralId);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().statusCode(200).body("persons.fullName",
                contains("Jan van der Berg", "Fatima El Amrani"));
    }
}
