package nl.zvh.coveca.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: intake's PersonDataErased sample (the referral erased), sent through the real broker, erases the
 * closed case that came from that referral; a still open case from another erased referral is left alone.
 */
@QuarkusTest
class ClosedCaseFollowsErasureOfItsReferralTest {
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @Test
    void closedCaseIsErasedOpenCaseStays() throws Exception {
        String police = Tokens.policeDirector();
        String closedReferral = UUID.randomUUID().toString();
        String openReferral = UUID.randomUUID().toString();
        String closed = caseFrom(closedReferral);
        String open = caseFrom(openReferral);
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + closed + "/closure").then().statusCode(200);

        Kafka.send("zvh.privacy.erasure.intake", openReferral, erased(openReferral));
        String event = erased(closedReferral);
        Kafka.send("zvh.privacy.erasure.intake", closedReferral, event);
        Kafka.send("zvh.privacy.erasure.intake", closedReferral, event); // redelivery

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> given().auth().oauth2(police).when().get("/api/cases/" + closed).then().statusCode(404));
        given().auth().oauth2(police).when().get("/api/cases/" + open).then().statusCode(200);
    }

    private String caseFrom(String referralId) throws Exception {
        String decided = Files.readString(Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"))
                .replace(SAMPLE_REFERRAL, referralId)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
        Kafka.send("zvh.triage.decision", referralId, decided);
        String police = Tokens.policeDirector();
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().auth().oauth2(police).queryParam("sourceReferralId", referralId).when()
                        .get("/api/cases").then().statusCode(200).body("$", hasSize(1)));
        return given().auth().oauth2(police).queryParam("sourceReferralId", referralId).when().get("/api/cases").then()
                .extract().path("[0].id");
    }

    static String erased(String referralId) throws Exception {
        String json = Files
                .readString(Path.of("../platform-commons/src/main/asyncapi/samples/PersonDataErased-v1-referral.json"));
        assertTrue(json.contains(SAMPLE_REFERRAL));
        return json.replace(SAMPLE_REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
