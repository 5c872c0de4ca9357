package nl.zvh.intake.inbound;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.HOUSING;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.zvh.intake.TriageSamples;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: triage-service's own samples of ReferralScheduled and TriageDecided, sent through the real
 * broker, move the referral forward once and tell the referrer's organisation (and only it) in its inbox.
 */
@QuarkusTest
class ReferrerHearsWhatTheTriageTableDidTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-feedback", POLICE, HOUSE, "referrer");
    private final String colleague = TestTokens.token("agent-colleague", POLICE, HOUSE, "referrer");
    private final String housing = TestTokens.token("consulent-feedback", HOUSING, HOUSE, "referrer");
    private final String otherHouse = TestTokens.token("agent-haaglanden", POLICE, "haaglanden", "referrer");
    private final String policeSystem = TestTokens.token("politie-systeem", POLICE, HOUSE, "partner-system");
    private final String housingSystem = TestTokens.token("woonkwartier-systeem", HOUSING, HOUSE, "partner-system");

    /** What the changes feed tells this partner system about the referral, from the start, as kind:status. */
    private static List<String> changesOf(String system, String referralId) {
        List<String> found = new java.util.ArrayList<>();
        long cursor = 0;
        while (true) {
            JsonPath page = given().auth().oauth2(system).queryParam("after", cursor).queryParam("limit", 500).when()
                    .get("/api/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changes = page.getList("changes");
            if (changes.isEmpty()) {
                return found;
            }
            changes.stream().filter(c -> referralId.equals(c.get("recordId")))
                    .forEach(c -> found.add(c.get("kind") + ":" + c.get("status")));
            cursor = page.getLong("next");
        }
    }

    @Test
    void scheduledThenAdviceReachesTheReferralAndTheInboxOnce() throws Exception {
        String id = submit();
        String scheduled = TriageSamples.sample("ReferralScheduled-v1.json", id);
        TriageSamples.send(bootstrap, id, scheduled);
        TriageSamples.send(bootstrap, id, scheduled); // redelivery
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(police).when().get("/api/referrals/" + id).then()
                        .body("status", equalTo("ON_AGENDA")).body("agendaDate", equalTo("2026-11-26")));

        String advice = TriageSamples.sample("TriageDecided-v1-advice.json", id);
        TriageSamples.send(bootstrap, id, advice);
        TriageSamples.send(bootstrap, id, advice);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(police).when().get("/api/referrals/" + id).then()
                        .body("status", equalTo("DECIDED")).body("outcome", equalTo("ADVICE"))
                        .body("outcomeProgramme", nullValue()).body("decidedAt", equalTo("2026-11-26T11:45:00Z"))
                        .body("advice", equalTo("Not a complex case yet: ask the district team (wijkteam) to start "
                                + "debt counselling and report back in three months.")));

        JsonPath inbox = given().auth().oauth2(colleague).when().get("/api/notifications").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> mine = inbox.getList("findAll { it.referralId == '" + id + "' }");
        assertEquals(2, mine.size(), "one message per status change, redeliveries ignored: " + mine);
        assertEquals("DECIDED", mine.get(0).get("kind"));
        assertEquals("ADVICE", mine.get(0).get("outcome"));
        assertEquals("Jan van der Berg", mine.get(0).get("mainPersonName"));
        assertEquals("ON_AGENDA", mine.get(1).get("kind"));
        assertEquals("2026-11-26", mine.get(1).get("agendaDate"));

        // the organisation's partner system hears of the decision in its changes feed, once (issue 27)
        assertEquals(List.of("ReferralDecided:DECIDED"), changesOf(policeSystem, id));
        assertEquals(List.of(), changesOf(housingSystem, id), "another organisation's system hears nothing of it");

        given().auth().oauth2(housing).when().get("/api/notifications").then().statusCode(200).body("referralId",
                not(hasItem(id)));
        given().auth().oauth2(otherHouse).when().get("/api/notifications").then().statusCode(200).body("referralId",
                not(hasItem(id)));

        String notificationId = (String) mine.get(0).get("id");
        given().auth().oauth2(housing).when().post("/api/notifications/" + notificationId + "/read").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(police).when().post("/api/notifications/" + notificationId + "/read").then()
                .statusCode(200).body("readAt", not(nullValue()));
        given().auth().oauth2(colleague).queryParam("unread", true).when().get("/api/notifications").then()
                .statusCode(200).body("id", not(hasItem(notificationId)));
    }

    @Test
    void approachStartedIsShownAndALateScheduleDoesNotMoveTheDecisionBack() throws Exception {
        String id = submit();
        TriageSamples.send(bootstrap, id, TriageSamples.sample("TriageDecided-v1.json", id));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(police).when().get("/api/referrals/" + id).then()
                        .body("status", equalTo("DECIDED")).body("outcome", equalTo("APPROACH_STARTED"))
                        .body("outcomeProgramme", equalTo("COVECA")));

        String late = TriageSamples.sample("ReferralScheduled-v1.json", id);
        TriageSamples.send(bootstrap, id, late);
        awaitConsumed(late);
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("status", equalTo("DECIDED"))
                .body("agendaDate", nullValue());

        given().auth().oauth2(housing).when().post("/api/referrals/" + id + "/close").then().statusCode(404);
        given().auth().oauth2(colleague).when().post("/api/referrals/" + id + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAt", not(nullValue()));
    }

    @Test
    void aWithdrawnReferralStaysWithdrawn() throws Exception {
        String id = submit();
        given().auth().oauth2(police).contentType(ContentType.JSON).body("{}").when()
                .post("/api/referrals/" + id + "/withdraw").then().statusCode(200);
        String scheduled = TriageSamples.sample("ReferralScheduled-v1.json", id);
        String decided = TriageSamples.sample("TriageDecided-v1-advice.json", id);
        TriageSamples.send(bootstrap, id, scheduled);
        TriageSamples.send(bootstrap, id, decided);
        awaitConsumed(decided);
        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().body("status", equalTo("WITHDRAWN"))
                .body("advice", nullValue());
        given().auth().oauth2(police).when().get("/api/notifications").then().body("referralId", not(hasItem(id)));
    }

    private void awaitConsumed(String event) {
        var matcher = java.util.regex.Pattern.compile("\"id\": \"([0-9a-f-]+)\"").matcher(event);
        org.junit.jupiter.api.Assertions.assertTrue(matcher.find());
        java.util.UUID eventId = java.util.UUID.fromString(matcher.group(1));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> ((Number) em
                                .createNativeQuery("select count(*) from consumed_event where event_id = ?1")
                                .setParameter(1, eventId).getSingleResult()).intValue() == 1));
    }

    private String submit() {
        return given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(nl.zvh.intake.referral.ReferralRequests.valid()).when().post("/api/referrals").then()
                .statusCode(201).extract().path("id");
    }
}
