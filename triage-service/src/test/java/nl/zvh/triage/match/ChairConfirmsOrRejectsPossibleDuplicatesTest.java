package nl.zvh.triage.match;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Intake's sample ReferralSubmitted with the optional possibleMatches field (here with our own two flags): the
 * table sees the flags, the chair confirms one and rejects another; members may not decide. Without the field, a
 * referral has no flags.
 */
@QuarkusTest
class ChairConfirmsOrRejectsPossibleDuplicatesTest {
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");
    static final String MEMBER = TestTokens.token("om-lid", "Openbaar Ministerie", "markiezaten", "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void flaggedDuplicatesAreShownAndTheChairDecidesThem() throws Exception {
        String referralId = UUID.randomUUID().toString();
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = (ObjectNode) json.readTree(IntakeSamples.submitted(referralId, Instant.now()));
        ObjectNode payload = (ObjectNode) event.get("payload");
        String main = payload.path("mainPerson").path("personId").asText();
        String partner = payload.path("systemMembers").get(0).path("personId").asText();
        String earlierReferral = UUID.randomUUID().toString();
        var matches = payload.putArray("possibleMatches");
        matches.addObject().put("personId", main).put("matchedPersonId", UUID.randomUUID().toString())
                .put("matchedReferralId", earlierReferral).put("score", 0.93).put("reason", "BSN");
        matches.addObject().put("personId", partner).put("matchedPersonId", UUID.randomUUID().toString())
                .put("matchedReferralId", earlierReferral).put("score", 0.71).put("reason", "NAME_AND_DATE_OF_BIRTH");
        IntakeSamples.send(bootstrap, referralId, json.writeValueAsString(event));

        String path = "/api/triage/referrals/" + referralId + "/matches";
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> given().auth().oauth2(MEMBER).when().get(path).then().statusCode(200).body("$", hasSize(2)));
        var list = given().auth().oauth2(MEMBER).when().get(path).then().statusCode(200)
                .body("[0].reason", equalTo("BSN")).body("[0].personName", equalTo("Jan van der Berg"))
                .body("[0].status", equalTo("PENDING")).body("[0].matchedReferralId", equalTo(earlierReferral))
                .extract().jsonPath();
        String first = list.getString("[0].matchId");
        String second = list.getString("[1].matchId");

        given().auth().oauth2(MEMBER).when().post("/api/triage/matches/" + first + "/confirm").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "triage-chair")).when()
                .post("/api/triage/matches/" + first + "/confirm").then().statusCode(404);
        given().auth().oauth2(CHAIR).when().post("/api/triage/matches/" + first + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(CHAIR).when().post("/api/triage/matches/" + second + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().auth().oauth2(MEMBER).when().get(path).then().statusCode(200)
                .body("find { it.matchId == '" + first + "' }.status", equalTo("CONFIRMED"))
                .body("find { it.matchId == '" + second + "' }.status", equalTo("REJECTED"))
                .body("find { it.matchId == '" + first + "' }.decidedBy", equalTo("voorzitter"));
    }

    @Test
    void referralWithoutTheOptionalFieldHasNoMatches() throws Exception {
        String referralId = UUID.randomUUID().toString();
        // as an intake that does not send the optional field yet (or an event from before it existed)
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = (ObjectNode) json.readTree(IntakeSamples.submitted(referralId, Instant.now()));
        ((ObjectNode) event.get("payload")).remove("possibleMatches");
        IntakeSamples.send(bootstrap, referralId, json.writeValueAsString(event));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MEMBER).when()
                .get("/api/triage/referrals/" + referralId + "/matches").then().statusCode(200).body("$", hasSize(0)));
    }
}
