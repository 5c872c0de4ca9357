package nl.zvh.triage.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * Each table partner of De Markiezaten gets a familiarity check two working days before the session; the police
 * answers its own; other organisations at the table see that answer only once the session has started.
 */
@QuarkusTest
class PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest {
    static final String POLICE = "Politie Zeeland-West-Brabant";
    static final String POLICE_SYSTEM = TestTokens.token("service-account-police-zwb-system", POLICE, "markiezaten",
            "partner-system");
    static final String POLICE_MEMBER = TestTokens.token("politie-lid", POLICE, "markiezaten", "triage-member");
    static final String OM_MEMBER = TestTokens.token("om-lid", "Openbaar Ministerie", "markiezaten", "triage-member");
    static final String VT_SYSTEM = TestTokens.token("vt-systeem", "Veilig Thuis West-Brabant", "markiezaten",
            "partner-system");
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void policeAnswersItsCheckAndOthersSeeItOnlyFromTheSession() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));

        List<JsonNode> requested = PublishedEvents.await(bootstrap, "zvh.triage.familiarity-check", 5,
                PublishedEvents.ofType("FamiliarityCheckRequested", referralId));
        assertEquals(5, requested.stream().map(e -> e.path("payload").path("organisation").asText()).distinct().count(),
                "one check per table partner");
        JsonNode police = requested.stream().map(e -> e.path("payload"))
                .filter(p -> POLICE.equals(p.path("organisation").asText())).findFirst().orElseThrow();
        LocalDate session = LocalDate.parse(police.path("sessionDate").asText());
        assertEquals(CheckRequests.deadlineFor(session), LocalDate.parse(police.path("deadline").asText()));
        assertEquals(2,
                nl.zvh.triage.calendar.WorkingDays.workingDaysBetween(
                        LocalDate.parse(police.path("deadline").asText()).minusDays(1), session.minusDays(1)),
                "the deadline and the working day after it lie before the session day");
        assertEquals("111222333", police.path("persons").get(0).path("bsn").asText());
        String checkId = police.path("checkId").asText();

        given().auth().oauth2(POLICE_SYSTEM).when().get("/api/triage/checks?status=OPEN").then().statusCode(200)
                .body("checkId", hasItem(checkId))
                .body("find { it.checkId == '" + checkId + "' }.persons[0].lastName", equalTo("Berg"));
        given().auth().oauth2(VT_SYSTEM).when().get("/api/triage/checks").then().statusCode(200).body("checkId",
                not(hasItem(checkId)));
        given().auth().oauth2(VT_SYSTEM).when().get("/api/triage/checks/" + checkId).then().statusCode(404);
        given().auth().oauth2(VT_SYSTEM).contentType(ContentType.JSON).body(answer()).when()
                .put("/api/triage/checks/" + checkId + "/answer").then().statusCode(404);

        given().auth().oauth2(POLICE_SYSTEM).contentType(ContentType.JSON)
                .body(Map.of("known", true, "sensitivity", "NORMAL")).when()
                .put("/api/triage/checks/" + checkId + "/answer").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("summary"));
        given().auth().oauth2(POLICE_SYSTEM).contentType(ContentType.JSON).body(Map.of("known", false)).when()
                .put("/api/triage/checks/" + checkId + "/answer").then().statusCode(400)
                .body(containsString("sensitivity"));
        given().auth().oauth2(POLICE_SYSTEM).contentType(ContentType.JSON).body(answer()).when()
                .put("/api/triage/checks/" + checkId + "/answer").then().statusCode(200)
                .body("status", equalTo("ANSWERED")).body("answer.sourceSystem", equalTo("BVH"));

        String checksOf = "/api/triage/referrals/" + referralId + "/checks";
        given().auth().oauth2(OM_MEMBER).when().get(checksOf).then().statusCode(200)
                .body("find { it.organisation == '" + POLICE + "' }.status", equalTo("ANSWERED"))
                .body("find { it.organisation == '" + POLICE + "' }.answerVisible", equalTo(false))
                .body("find { it.organisation == '" + POLICE + "' }.answer", nullValue())
                .body(not(containsString("huiselijk geweld")));
        given().auth().oauth2(POLICE_MEMBER).when().get(checksOf).then().statusCode(200)
                .body("find { it.organisation == '" + POLICE + "' }.answer.known", equalTo(true));
        given().auth().oauth2(TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "triage-chair")).when()
                .get(checksOf).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("melder", POLICE, "markiezaten", "referrer")).when().get(checksOf).then()
                .statusCode(403);

        // the session starts: the chair holds an extra session now and moves the referral there
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String extra = given().auth().oauth2(CHAIR).contentType(ContentType.JSON)
                .body(Map.of("date", today, "time", "00:00", "reason", "spoed")).when().post("/api/triage/sessions")
                .then().statusCode(201).extract().path("sessionId");
        given().auth().oauth2(CHAIR).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                .post("/api/triage/sessions/" + extra + "/items").then().statusCode(200);
        given().auth().oauth2(OM_MEMBER).when().get(checksOf).then().statusCode(200)
                .body("find { it.organisation == '" + POLICE + "' }.answerVisible", equalTo(true))
                .body("find { it.organisation == '" + POLICE + "' }.answer.summary", containsString("huiselijk geweld"))
                .body("find { it.organisation == 'Openbaar Ministerie' }.overdue", equalTo(true));
        given().auth().oauth2(CHAIR).when().get("/api/triage/checks/overdue").then().statusCode(200).body("referralId",
                hasItem(referralId));
        given().auth().oauth2(OM_MEMBER).when().get("/api/triage/checks/overdue").then().statusCode(403);
    }

    static Map<String, Object> answer() {
        return Map.of("known", true, "summary", "Twee meldingen huiselijk geweld in 2026; geen lopende zaak.",
                "sourceSystem", "BVH", "sensitivity", "SENSITIVE");
    }
}
