package nl.zvh.coveca.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * Closing a case: moved out of region needs the receiving municipality; closing with the closing meeting publishes
 * CoveCaCaseClosed; a closed case takes no new meetings; it can be reopened with a reason.
 */
@QuarkusTest
class CaseClosesWithReasonAndReopensTest {

    @Test
    void closeWithReasonPublishesAndReopenNeedsAReason() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Sluiten");
        String meetingId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "CLOSING_MEETING", "scheduledAt", Instant.now().toString(), "online", true)).when()
                .post("/api/cases/" + caseId + "/meetings").then().statusCode(201).extract().path("id");

        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("reason", "MOVED_OUT_OF_REGION")).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(400)
                .body("errors.field", hasItem("receivingMunicipality"));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("reason", "MOVED_OUT_OF_REGION", "receivingMunicipality", "Rotterdam", "closingMeetingId",
                        meetingId, "note", "Warme overdracht aan ZVH Rotterdam-Rijnmond"))
                .when().post("/api/cases/" + caseId + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("receivingMunicipality", equalTo("Rotterdam"))
                .body("closingMeetingId", equalTo(meetingId));
        String closed = Kafka.await("zvh.coveca.case",
                r -> caseId.equals(r.key()) && r.value().contains("\"CoveCaCaseClosed\""));
        assertTrue(closed.contains("\"reason\":\"MOVED_OUT_OF_REGION\""), closed);
        assertTrue(closed.contains("\"receivingMunicipality\":\"Rotterdam\""), closed);

        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().toString(), "online", true)).when()
                .post("/api/cases/" + caseId + "/meetings").then().statusCode(409);
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("reason", " ")).when()
                .post("/api/cases/" + caseId + "/reopening").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("reason", "Teruggekeerd in de regio; nieuwe incidenten")).when()
                .post("/api/cases/" + caseId + "/reopening").then().statusCode(200).body("status", equalTo("OPEN"))
                .body("closureReason", nullValue());
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("reason", "nogmaals")).when()
                .post("/api/cases/" + caseId + "/reopening").then().statusCode(409);
    }
}
