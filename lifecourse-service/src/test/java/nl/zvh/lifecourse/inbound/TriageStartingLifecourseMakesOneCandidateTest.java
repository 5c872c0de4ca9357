package nl.zvh.lifecourse.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: triage-service's own TriageDecided sample (programme set to LIFECOURSE), sent through the
 * real broker, makes the referral's main person exactly one candidate (also when redelivered and under a second
 * event id); the unchanged sample (programme COVECA) makes none.
 */
@QuarkusTest
class TriageStartingLifecourseMakesOneCandidateTest {
    static final Path SAMPLE = Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json");
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @Test
    void lifecourseDecisionMakesOneCandidateOfTheMainPerson() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String decided = sample(referralId, true);
        Kafka.send("zvh.triage.decision", referralId, decided);
        Kafka.send("zvh.triage.decision", referralId, decided);
        Kafka.send("zvh.triage.decision", referralId, sample(referralId, true));

        theCandidateOf(referralId).body("[0].personId", equalTo("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"))
                .body("[0].source", equalTo("TRIAGE")).body("[0].status", equalTo("CANDIDATE"));
        given().auth().oauth2(Tokens.otherHouseCoordinator()).queryParam("sourceReferralId", referralId).when()
                .get("/api/candidates").then().statusCode(200).body("$", empty());
    }

    @Test
    void covecaDecisionMakesNoCandidate() throws Exception {
        String referralId = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, sample(referralId, false));
        String later = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referralId, sample(later, true)); // same partition, consumed after
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(Tokens.coordinator()).queryParam("sourceReferralId", later)
                        .when().get("/api/candidates").then().body("$", hasSize(1)));
        given().auth().oauth2(Tokens.coordinator()).queryParam("sourceReferralId", referralId).when()
                .get("/api/candidates").then().statusCode(200).body("$", empty());
    }

    /** Waits for the one candidate of the referral: the sample's main person in Roosendaal (the coordinator's list). */
    static ValidatableResponse theCandidateOf(String referralId) {
        String coordinator = Tokens.coordinator();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(coordinator).queryParam("sourceReferralId", referralId)
                        .when().get("/api/candidates").then().statusCode(200).body("$", hasSize(1)));
        return given().auth().oauth2(coordinator).queryParam("sourceReferralId", referralId).when()
                .get("/api/candidates").then().body("[0].fullName", equalTo("Jan van der Berg"))
                .body("[0].municipality", equalTo("Roosendaal"));
    }

    static String sample(String referralId, boolean lifecourse) throws Exception {
        String json = Files.readString(SAMPLE);
        assertTrue(json.contains(SAMPLE_REFERRAL) && json.contains("\"programme\": \"COVECA\""));
        if (lifecourse) {
            json = json.replace("\"programme\": \"COVECA\"", "\"programme\": \"LIFECOURSE\"");
        }
        return json.replace(SAMPLE_REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
