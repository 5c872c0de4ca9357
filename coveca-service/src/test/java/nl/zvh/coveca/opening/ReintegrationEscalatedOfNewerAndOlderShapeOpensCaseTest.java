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
 * Schema evolution on the real broker: reintegration's ReintegrationEscalated sample with fields CoVeCa does not know
 * yet, and without the person's optional BSN and surname prefix (as for a person without them), both open a case.
 */
@QuarkusTest
class ReintegrationEscalatedOfNewerAndOlderShapeOpensCaseTest {

    @Test
    void escalationWithUnknownAddedFieldsOpensACase() throws Exception {
        String trackId = UUID.randomUUID().toString();
        Kafka.send("zvh.reintegration.track", trackId, EventEvolution.withAddedUnknownFields(
                ReintegrationEscalationOpensCaseTest.sample(trackId)));
        assertCaseFor(trackId, "Kees de Wit");
    }

    @Test
    void escalationWithoutOptionalPersonFieldsOpensACase() throws Exception {
        String trackId = UUID.randomUUID().toString();
        Kafka.send("zvh.reintegration.track", trackId, EventEvolution.withoutFields(
                ReintegrationEscalationOpensCaseTest.sample(trackId), "bsn", "surnamePrefix"));
        assertCaseFor(trackId, "Kees Wit");
    }

    private static void assertCaseFor(String trackId, String fullName) {
        String staff = Tokens.houseStaffDirector();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(staff).queryParam("sourceTrackId", trackId).when().get("/api/cases")
                        .then().statusCode(200).body("$", hasSize(1)));
        String caseId = given().auth().oauth2(staff).queryParam("sourceTrackId", trackId).when().get("/api/cases")
                .then().extract().path("[0].id");
        given().auth().oauth2(staff).when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("persons.fullName", contains(fullName));
    }
}
