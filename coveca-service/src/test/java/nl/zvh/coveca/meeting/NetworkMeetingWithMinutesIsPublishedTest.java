package nl.zvh.coveca.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * A process director plans a network meeting and records its minutes: attendance per organisation, the client at
 * the table, decisions. NetworkMeetingHeld (without names or minutes) reaches Kafka; minutes cannot be recorded
 * twice; a meeting without location that is not online is refused naming the field; outsiders get 404.
 */
@QuarkusTest
class NetworkMeetingWithMinutesIsPublishedTest {

    @Test
    void minutesMakeTheMeetingHeldAndPublishNetworkMeetingHeld() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Overleg");
        String meetingId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt",
                        Instant.now().minus(1, ChronoUnit.HOURS).toString(), "location",
                        "ZVH De Markiezaten, Bergen op Zoom", "agenda", "1. Opening", "participants",
                        List.of(Map.of("organisation", "Politie Zeeland-West-Brabant", "name", "Wijkagent"),
                                Map.of("organisation", "GGZ Westelijk Noord-Brabant"))))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201)
                .body("status", equalTo("PLANNED")).extract().path("id");

        Map<String, Object> minutes = Map.of("minutes", "Situatie besproken; schulden en huisvesting urgent.",
                "clientPresent", true, "participants",
                List.of(Map.of("organisation", "Politie Zeeland-West-Brabant", "attended", true),
                        Map.of("organisation", "GGZ Westelijk Noord-Brabant", "attended", false)),
                "decisions", List.of("Schuldhulp starten", "Woningcorporatie aanschuiven"));
        given().auth().oauth2(police).contentType(ContentType.JSON).body(minutes).when()
                .put("/api/cases/" + caseId + "/meetings/" + meetingId + "/minutes").then().statusCode(200)
                .body("status", equalTo("HELD")).body("clientPresent", equalTo(true))
                .body("decisions", contains("Schuldhulp starten", "Woningcorporatie aanschuiven"))
                .body("participants.attended", contains(true, false));
        given().auth().oauth2(police).contentType(ContentType.JSON).body(minutes).when()
                .put("/api/cases/" + caseId + "/meetings/" + meetingId + "/minutes").then().statusCode(409);
        given().auth().oauth2(police).when().get("/api/cases/" + caseId + "/meetings").then().statusCode(200).body("id",
                hasItem(meetingId));
        given().auth().oauth2(Tokens.housingDirector()).when().get("/api/cases/" + caseId + "/meetings").then()
                .statusCode(404);

        String held = Kafka.await("zvh.coveca.case",
                r -> caseId.equals(r.key()) && r.value().contains("\"NetworkMeetingHeld\""));
        assertTrue(held.contains("\"organisationsPresent\":[\"Politie Zeeland-West-Brabant\"]"), held);
        assertTrue(held.contains("\"decisions\":2"), held);
        assertFalse(held.contains("schulden"), "no minutes in the event");
    }

    @Test
    void meetingNeedsLocationUnlessOnline() {
        String caseId = CaseRequestsForTests.open(Tokens.policeDirector(), "Locatie");
        given().auth().oauth2(Tokens.policeDirector()).contentType(ContentType.JSON)
                .body(Map.of("kind", "CASE_CONSULTATION", "scheduledAt", Instant.now().toString())).when()
                .post("/api/cases/" + caseId + "/meetings").then().statusCode(400)
                .body("errors.field", hasItem("location"));
        given().auth().oauth2(Tokens.policeDirector()).contentType(ContentType.JSON)
                .body(Map.of("kind", "CASE_CONSULTATION", "scheduledAt", Instant.now().toString(), "online", true))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201).body("online", equalTo(true));
    }
}
