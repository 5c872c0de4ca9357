package nl.zvh.triage.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A referral submitted to De Markiezaten lands on the agenda of its next Thursday session automatically, and the
 * chair can move it to an extra session; each placement is announced as ReferralScheduled on the real broker.
 */
@QuarkusTest
class SubmittedReferralLandsOnTheNextSessionAgendaTest {
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");
    static final String MEMBER = TestTokens.token("politie-lid", "Politie Zeeland-West-Brabant", "markiezaten",
            "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void submittedReferralIsOnTheNextThursdayAgendaAndTheChairMovesItToAnExtraSession() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));

        JsonNode scheduled = PublishedEvents
                .await(bootstrap, "zvh.triage.decision", 1, PublishedEvents.ofType("ReferralScheduled", referralId))
                .get(0);
        LocalDate date = LocalDate.parse(scheduled.path("payload").path("sessionDate").asText());
        assertEquals(DayOfWeek.THURSDAY, date.getDayOfWeek(), "De Markiezaten meets on Thursday");
        assertTrue(date.isAfter(LocalDate.now(ZoneId.of("Europe/Amsterdam"))), "cut-off is Wednesday noon");
        assertEquals("markiezaten", scheduled.path("house").asText());
        String sessionId = scheduled.path("payload").path("sessionId").asText();

        given().auth().oauth2(MEMBER).when().get("/api/triage/sessions/" + sessionId).then().statusCode(200)
                .body("kind", equalTo("REGULAR")).body("agenda.referralId", hasItem(referralId))
                .body("agenda.find { it.referralId == '" + referralId + "' }.mainPersonName",
                        equalTo("Jan van der Berg"));
        given().auth().oauth2(MEMBER).when().get("/api/triage/sessions").then().statusCode(200).body("sessionId",
                hasItem(sessionId));

        String extra = given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().plusDays(1).toString(), "time", "16:00", "reason",
                        "Spoed: escalatie"))
                .when().post("/api/triage/sessions").then().statusCode(201).body("kind", equalTo("EXTRA")).extract()
                .path("sessionId");
        given().auth().oauth2(MEMBER).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                .post("/api/triage/sessions/" + extra + "/items").then().statusCode(403);
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("referralId", referralId, "reason", "urgent")).when()
                .post("/api/triage/sessions/" + extra + "/items").then().statusCode(200)
                .body("agenda.referralId", hasItem(referralId));
        given().auth().oauth2(MEMBER).when().get("/api/triage/sessions/" + sessionId).then().statusCode(200)
                .body("agenda.referralId", not(hasItem(referralId)));

        List<JsonNode> both = PublishedEvents.await(bootstrap, "zvh.triage.decision", 2,
                PublishedEvents.ofType("ReferralScheduled", referralId));
        assertNotEquals(both.get(0).path("payload").path("sessionId").asText(),
                both.get(1).path("payload").path("sessionId").asText());
        assertEquals(extra, both.get(1).path("payload").path("sessionId").asText());
        assertEquals(referralId, both.get(1).path("aggregateId").asText());
    }

    @Test
    void anotherHouseSeesNoneOfTheSessionAndBadInputIsAProblem() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        String sessionId = PublishedEvents
                .await(bootstrap, "zvh.triage.decision", 1, PublishedEvents.ofType("ReferralScheduled", referralId))
                .get(0).path("payload").path("sessionId").asText();
        String otherChair = TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "triage-chair");
        given().auth().oauth2(otherChair).when().get("/api/triage/sessions/" + sessionId).then().statusCode(404);
        given().auth().oauth2(otherChair).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                .post("/api/triage/sessions/" + sessionId + "/items").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("melder", "Politie Zeeland-West-Brabant", "markiezaten", "referrer"))
                .when().get("/api/triage/sessions/" + sessionId).then().statusCode(403);
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(Map.of("date", "2020-01-01", "time", "10:00"))
                .when().post("/api/triage/sessions").then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString("date"));
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(Map.of("time", "10:00")).when()
                .post("/api/triage/sessions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void settingsOfTheHouseShowThursdayAndTheTablePartners() {
        given().auth().oauth2(MEMBER).when().get("/api/triage/settings").then().statusCode(200)
                .body("weekday", equalTo("THURSDAY")).body("cutoffTime", equalTo("12:00:00"))
                .body("partners", hasItem("Politie Zeeland-West-Brabant"))
                .body("partners", hasItem("Reclassering Nederland regio Zuid"));
        String admin = TestTokens.token("beheer", "ZVH", "zeeland", "functional-admin");
        given().auth().oauth2(admin).when().get("/api/triage/settings").then().statusCode(200).body("weekday",
                equalTo("TUESDAY"));
        given().auth().oauth2(MEMBER).contentType(ContentType.JSON).body(Map.of("weekday", "MONDAY", "time", "10:00",
                "cutoffDaysBefore", 1, "cutoffTime", "12:00", "partners", List.of("Politie"))).when()
                .put("/api/triage/settings").then().statusCode(403);
    }
}
