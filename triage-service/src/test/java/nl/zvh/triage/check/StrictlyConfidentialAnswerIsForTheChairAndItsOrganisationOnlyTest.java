package nl.zvh.triage.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.triage.IntakeSamples;
import nl.zvh.triage.PublishedEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The police answers "for the chair only" (strictly confidential): once the session has started the chair and the
 * police read it, the other partners at the table see only that an answer exists and is explained at the table; the
 * police cannot quietly lower the sensitivity afterwards, only raise it.
 */
@QuarkusTest
class StrictlyConfidentialAnswerIsForTheChairAndItsOrganisationOnlyTest {
    static final String POLICE = PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE;
    static final String SECRET = "Lopend opsporingsonderzoek naar de partner; niet delen.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void othersAtTheTableSeeThatItExistsAndNotWhatItSays() throws Exception {
        String referralId = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, referralId, IntakeSamples.submitted(referralId, Instant.now()));
        List<JsonNode> requested = PublishedEvents.await(bootstrap, "zvh.triage.familiarity-check", 5,
                PublishedEvents.ofType("FamiliarityCheckRequested", referralId));
        String checkId = requested.stream().map(e -> e.path("payload"))
                .filter(p -> POLICE.equals(p.path("organisation").asText())).findFirst().orElseThrow().path("checkId")
                .asText();
        String answerOf = "/api/triage/checks/" + checkId + "/answer";
        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_SYSTEM)
                .contentType(ContentType.JSON).body(answer("STRICTLY_CONFIDENTIAL")).when().put(answerOf).then()
                .statusCode(200);

        String chair = PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.CHAIR;
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String extra = given().auth().oauth2(chair).contentType(ContentType.JSON)
                .body(Map.of("date", today, "time", "00:00", "reason", "spoed")).when().post("/api/triage/sessions")
                .then().statusCode(201).extract().path("sessionId");
        given().auth().oauth2(chair).contentType(ContentType.JSON).body(Map.of("referralId", referralId)).when()
                .post("/api/triage/sessions/" + extra + "/items").then().statusCode(200);

        String checksOf = "/api/triage/referrals/" + referralId + "/checks";
        String police = "find { it.organisation == '" + POLICE + "' }";
        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.OM_MEMBER).when().get(checksOf)
                .then().statusCode(200).body(police + ".status", equalTo("ANSWERED"))
                .body(police + ".confidential", equalTo(true)).body(police + ".answerVisible", equalTo(false))
                .body(police + ".answer", nullValue()).body(not(containsString("opsporingsonderzoek")));
        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.OM_MEMBER).accept("text/html")
                .when().get("/ui/referrals/" + referralId).then().statusCode(200)
                .body(containsString("Strikt vertrouwelijk: toelichting aan tafel"))
                .body(not(containsString("opsporingsonderzoek")));
        given().auth().oauth2(chair).when().get(checksOf).then().statusCode(200).header("Cache-Control", "no-store") // personal data never stays behind in a cache
                .body(police + ".answer.summary", equalTo(SECRET)).body(police + ".confidential", equalTo(false));
        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_MEMBER).when()
                .get(checksOf).then().statusCode(200).body(police + ".answer.summary", equalTo(SECRET));

        given().auth().oauth2(PartnersAnswerChecksSeenByTheTableOnlyFromTheSessionTest.POLICE_SYSTEM)
                .contentType(ContentType.JSON).body(answer("NORMAL")).when().put(answerOf).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sensitivity"));
        given().auth().oauth2(chair).when().get(checksOf).then().statusCode(200).body(police + ".answer.sensitivity",
                equalTo("STRICTLY_CONFIDENTIAL"));
    }

    static Map<String, Object> answer(String sensitivity) {
        return Map.of("known", true, "summary", SECRET, "sourceSystem", "BVH", "sensitivity", sensitivity);
    }
}
