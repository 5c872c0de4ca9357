package nl.zvh.intake.inbound;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import nl.zvh.intake.TriageSamples;
import nl.zvh.platform.testing.EventEvolution;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Schema evolution on the real broker: triage's ReferralScheduled and TriageDecided samples with fields intake does
 * not know yet, and TriageDecided as triage sent it before gender was added to v1's persons, move the referral on.
 */
@QuarkusTest
class TriageEventsOfNewerAndOlderShapeMoveTheReferralTest {
    private final String police = TestTokens.token("agent-evolution", POLICE, HOUSE, "referrer");

    @Test
    void eventsWithUnknownAddedFieldsMoveTheReferral() throws Exception {
        String id = submit();
        Kafka.send(TriageSamples.TOPIC, id,
                EventEvolution.withAddedUnknownFields(TriageSamples.sample("ReferralScheduled-v1.json", id)));
        awaitStatus(id, "ON_AGENDA");
        Kafka.send(TriageSamples.TOPIC, id,
                EventEvolution.withAddedUnknownFields(TriageSamples.sample("TriageDecided-v1.json", id)));
        awaitStatus(id, "DECIDED");
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("outcomeProgramme",
                equalTo("COVECA"));
    }

    @Test
    void olderDecisionWithoutGenderMovesTheReferral() throws Exception {
        String id = submit();
        Kafka.send(TriageSamples.TOPIC, id,
                EventEvolution.withoutFields(TriageSamples.sample("TriageDecided-v1.json", id), "gender"));
        awaitStatus(id, "DECIDED");
    }

    private void awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(police).when()
                .get("/api/referrals/" + id).then().statusCode(200).body("status", equalTo(status)));
    }

    private String submit() {
        return given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(nl.zvh.intake.referral.ReferralRequests.valid()).when().post("/api/referrals").then()
                .statusCode(201).extract().path("id");
    }
}
