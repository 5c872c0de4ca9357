package nl.zvh.lifecourse.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: intake's PersonDataErased sample, sent through the real broker, erases the candidate made from
 * that referral; an included client (this service's own long-term file) is left alone.
 */
@QuarkusTest
class CandidateFollowsErasureOfItsReferralTest {
    static final String REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @Test
    void candidateIsErasedIncludedClientStays() throws Exception {
        String coordinator = Tokens.coordinator();
        String erasedReferral = UUID.randomUUID().toString();
        String includedReferral = UUID.randomUUID().toString();
        candidateFrom(erasedReferral);
        String included = candidateFrom(includedReferral);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("candidateId", included, "decision", "INCLUDED", "overrideCapacity", true, "reason",
                        "Test setup"))
                .when().post("/api/inclusion-sessions/" + CandidateRequestsForTests.session(coordinator) + "/decisions")
                .then().statusCode(200);

        Kafka.send("zvh.privacy.erasure.intake", includedReferral, erasure(includedReferral));
        String event = erasure(erasedReferral);
        Kafka.send("zvh.privacy.erasure.intake", erasedReferral, event);
        Kafka.send("zvh.privacy.erasure.intake", erasedReferral, event);

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().auth().oauth2(coordinator).queryParam("sourceReferralId", erasedReferral)
                        .when().get("/api/candidates").then().statusCode(200).body("$", empty()));
        given().auth().oauth2(coordinator).when().get("/api/candidates/" + included).then().statusCode(200);
    }

    private String candidateFrom(String referralId) throws Exception {
        String decided = Files.readString(Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"))
                .replace(REFERRAL, referralId).replace("\"programme\": \"COVECA\"", "\"programme\": \"LIFECOURSE\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
        Kafka.send("zvh.triage.decision", referralId, decided);
        String coordinator = Tokens.coordinator();
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().auth().oauth2(coordinator).queryParam("sourceReferralId", referralId)
                        .when().get("/api/candidates").then().statusCode(200).body("$", hasSize(1)));
        return given().auth().oauth2(coordinator).queryParam("sourceReferralId", referralId).when()
                .get("/api/candidates").then().extract().path("[0].id");
    }

    static String erasure(String referralId) throws Exception {
        String json = Files
                .readString(Path.of("../platform-commons/src/main/asyncapi/samples/PersonDataErased-v1-referral.json"));
        assertTrue(json.contains(REFERRAL));
        return json.replace(REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
