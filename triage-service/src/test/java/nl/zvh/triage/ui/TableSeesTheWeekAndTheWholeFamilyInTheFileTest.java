package nl.zvh.triage.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import nl.zvh.triage.TableMeets;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The agenda opens on the coming session and its week, and reaches any session through the weeks; the file shows
 * every person of the referral and each possible duplicate with its evidence (the fields that agree and the earlier
 * referral), writing one audit entry per person shown.
 */
@QuarkusTest
class TableSeesTheWeekAndTheWholeFamilyInTheFileTest {
    static final String CHAIR = TestTokens.token("voorzitter", "ZVH De Markiezaten", "markiezaten", "triage-chair",
            "triage-member");
    static final String MEMBER = TestTokens.token("om-lid", "Openbaar Ministerie", "markiezaten", "triage-member");
    static final String PRIVACY_OFFICER = TestTokens.token("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theAgendaOpensOnTheComingSessionAndReachesAnyWeek() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        JsonNode scheduled = PublishedEvents
                .await(bootstrap, "zvh.triage.decision", 1, PublishedEvents.ofType("ReferralScheduled", referralId))
                .get(0);
        String session = scheduled.at("/payload/sessionId").asText();
        LocalDate date = LocalDate.parse(scheduled.at("/payload/sessionDate").asText());
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        // a session this morning that is over does not hide the coming one
        TableMeets.extraSessionToday(CHAIR, "00:00");
        given().auth().oauth2(MEMBER).when().get("/ui/agenda?session=" + session).then().statusCode(200)
                .body(containsString("data-id=\"" + referralId + "\"")).body(containsString("Nog niet begonnen"))
                .body(not(containsString("id=\"open-session\"")));
        given().auth().oauth2(MEMBER).when().get("/ui/agenda?week=" + monday.plusDays(2)).then().statusCode(200)
                .body(containsString("Zittingen in deze week")).body(containsString("/ui/agenda?session=" + session))
                .body(containsString("/ui/agenda?week=" + monday.plusWeeks(1)))
                .body(containsString("/ui/agenda?week=" + monday.minusWeeks(1)));
        given().auth().oauth2(MEMBER).when().get("/ui/agenda?week=" + monday.plusWeeks(52)).then().statusCode(200)
                .body(containsString("In deze week zijn geen zittingen gepland."));
        given().auth().oauth2(MEMBER).when().get("/ui/agenda?week=gisteren&session=geen-id").then().statusCode(200)
                .body(containsString("Agenda van de triagetafel"));
        given().auth().oauth2(CHAIR).when().post("/ui/agenda/sessions/" + session + "/open").then().statusCode(409)
                .body(containsString("u kunt een zitting alleen openen op de dag van de zitting"));
        given().auth().oauth2(TestTokens.token("dh", "Politie Eenheid Den Haag", "haaglanden", "triage-chair")).when()
                .get("/ui/agenda?session=" + session).then().statusCode(404);

        // the chair adds an extra session on screen: refused in Dutch with what was typed, then added
        given().auth().oauth2(CHAIR).redirects().follow(false).formParam("date", "2000-01-01").formParam("time", "")
                .formParam("reason", "Spoedzaak getypt").when().post("/ui/agenda/sessions").then().statusCode(422)
                .body(containsString("Kies vandaag of een latere datum.")).body(containsString("id=\"error-summary\""))
                .body(containsString("value=\"Spoedzaak getypt\""));
        String added = given().auth().oauth2(CHAIR).redirects().follow(false)
                .formParam("date", LocalDate.now(TableMeets.ZONE).plusDays(1).toString()).formParam("time", "14:30")
                .formParam("reason", "Spoedzaak").header("X-Forwarded-Prefix", "/triage").when()
                .post("/ui/agenda/sessions").then().statusCode(303).extract().header("Location");
        given().auth().oauth2(CHAIR).when().get(added.substring("/triage".length())).then().statusCode(200)
                .body(containsString("De extra zitting is toegevoegd.")).body(containsString("Spoedzaak"))
                .body(containsString("om 14:30"));
    }

    @Test
    void theFileShowsTheFamilyAndTheEvidenceOfAMatchWithOneAuditEntryPerPerson() throws Exception {
        String earlierId = UUID.randomUUID().toString();
        ObjectNode earlier = (ObjectNode) JSON.readTree(IntakeSamples.submitted(earlierId, Instant.now()));
        ((ObjectNode) earlier.get("payload")).remove("possibleMatches");
        IntakeSamples.send(bootstrap, earlierId, JSON.writeValueAsString(earlier));
        PublishedEvents.await(bootstrap, "zvh.triage.decision", 1,
                PublishedEvents.ofType("ReferralScheduled", earlierId));
        String earlierMain = earlier.at("/payload/mainPerson/personId").asText();

        String referralId = UUID.randomUUID().toString();
        ObjectNode event = (ObjectNode) JSON.readTree(IntakeSamples.submitted(referralId, Instant.now()));
        ObjectNode payload = (ObjectNode) event.get("payload");
        String main = payload.at("/mainPerson/personId").asText();
        String partner = payload.at("/systemMembers/0/personId").asText();
        var child = payload.withArray("systemMembers").addObject();
        child.put("personId", UUID.randomUUID().toString()).put("role", "SYSTEM_MEMBER").put("relation", "CHILD")
                .put("firstName", "Noor").putNull("surnamePrefix").put("lastName", "Berg")
                .put("dateOfBirth", "2015-05-05").putNull("bsn").put("gender", "FEMALE");
        var matches = payload.putArray("possibleMatches");
        matches.addObject().put("personId", main).put("matchedPersonId", earlierMain)
                .put("matchedReferralId", earlierId).put("score", 1.0).put("reason", "BSN");
        matches.addObject().put("personId", partner).put("matchedPersonId", UUID.randomUUID().toString())
                .put("matchedReferralId", UUID.randomUUID().toString()).put("score", 0.8)
                .put("reason", "NAME_AND_DATE_OF_BIRTH");
        IntakeSamples.send(bootstrap, referralId, JSON.writeValueAsString(event));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(MEMBER).when()
                .get("/api/triage/referrals/" + referralId + "/matches").then().statusCode(200).body("$", hasSize(2)));
        List<String> fields = given().auth().oauth2(MEMBER).when()
                .get("/api/triage/referrals/" + referralId + "/matches").then().extract().jsonPath()
                .getList("find { it.reason == 'BSN' }.matchedFields");
        assertEquals(List.of("BSN", "FULL_NAME", "DATE_OF_BIRTH"), fields, "compared with the earlier person");
        assertEquals(List.of(), reads(referralId), "nobody read the referral's persons yet");

        given().auth().oauth2(MEMBER).when().get("/ui/referrals/" + referralId).then().statusCode(200)
                .body(containsString("3 personen in deze aanmelding")).body(containsString("Jan van der Berg"))
                .body(containsString("Fatima El Amrani")).body(containsString("Noor Berg"))
                .body(containsString("Systeemlid (kind)"))
                .body(containsString("Komt overeen in: BSN, naam, geboortedatum"))
                .body(containsString("/ui/referrals/" + earlierId))
                .body(containsString("Komt overeen in: naam, geboortedatum"))
                .body(containsString("Niet (meer) in te zien bij de triagetafel van dit huis"))
                .body(not(containsString("FULL_NAME")));
        List<String> read = reads(referralId);
        assertEquals(3, read.size(), "one entry per person of the referral: " + read);
        assertEquals(3, read.stream().distinct().count(), read.toString());
    }

    private List<String> reads(String referralId) {
        return given().auth().oauth2(PRIVACY_OFFICER).queryParam("resourceId", referralId).queryParam("action", "READ")
                .when().get("/api/audit").then().statusCode(200).extract().jsonPath().getList("personRef");
    }
}
