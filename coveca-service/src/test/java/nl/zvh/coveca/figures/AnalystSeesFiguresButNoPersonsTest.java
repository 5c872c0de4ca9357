package nl.zvh.coveca.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * In a house of its own (so the numbers are exact): two approaches, a held meeting, two monitoring rounds and a
 * closure give the figures an analyst reads — started/active per quarter, unique persons and meetings per
 * sub-approach, life-domain averages per round, closure reasons, age bands, minors — without any name or person id;
 * the analyst gets 403 on the cases themselves.
 */
@QuarkusTest
class AnalystSeesFiguresButNoPersonsTest {
    static final String HOUSE = "figurenhuis";
    final String director = TestTokens.token("fig-pd", "Politie Zeeland-West-Brabant", HOUSE, "process-director");
    final String analyst = TestTokens.token("fig-analist", "Politie Zeeland-West-Brabant", HOUSE, "analyst");

    @Test
    void figuresCountApproachesPersonsMeetingsAndScores() {
        String adultCase = open("REGULAR", "1979-11-02", List.of(
                Map.of("relation", "CHILD", "firstName", "Sanne", "lastName", "Kind", "dateOfBirth", "2012-02-14")));
        String youthCase = open("YOUTH", LocalDate.now().minusYears(16).toString(), List.of());
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("kind", "NETWORK_MEETING",
                "scheduledAt", Instant.now().minusSeconds(60).toString(), "online", true)).when()
                .post("/api/cases/" + adultCase + "/meetings").then().statusCode(201);
        String meetingId = given().auth().oauth2(director).when().get("/api/cases/" + adultCase + "/meetings").then()
                .extract().path("[0].id");
        given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("minutes", "Besproken", "clientPresent", false)).when()
                .put("/api/cases/" + adultCase + "/meetings/" + meetingId + "/minutes").then().statusCode(200);
        score(adultCase, Map.of("FINANCES", 1, "HOUSING", 2));
        score(youthCase, Map.of("FINANCES", 3));
        score(adultCase, Map.of("FINANCES", 4));
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + youthCase + "/closure").then().statusCode(200);

        LocalDate today = LocalDate.now();
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        given().auth().oauth2(analyst).when().get("/api/figures").then().statusCode(200).body("house", equalTo(HOUSE))
                .body("approachesPerQuarter.find { it.quarter == '" + quarter + "' }.started", equalTo(2))
                .body("approachesPerQuarter.find { it.quarter == '" + quarter + "' }.active", equalTo(2))
                .body("uniquePersonsPerSubApproach.REGULAR", equalTo(2))
                .body("uniquePersonsPerSubApproach.YOUTH", equalTo(1))
                .body("meetingsPerSubApproach.REGULAR", equalTo(1))
                .body("lifeDomainAverages.find { it.round == 1 && it.lifeDomain == 'FINANCES' }.average", equalTo(2.0f))
                .body("lifeDomainAverages.find { it.round == 1 && it.lifeDomain == 'FINANCES' }.n", equalTo(2))
                .body("lifeDomainAverages.find { it.round == 2 && it.lifeDomain == 'FINANCES' }.average", equalTo(4.0f))
                .body("closureReasons.STABLE", equalTo(1)).body("ageBandsOfMainPersons.'<18'", equalTo(1))
                .body("ageBandsOfMainPersons.'41-65'", equalTo(1)).body("ageBandsOfMainPersons.'18-23'", equalTo(0))
                .body("minors", equalTo(2)).body(not(containsString("Piet"))).body(not(containsString("personId")));
        // a year before these cases existed counts none of them; this year counts them as all years do
        given().auth().oauth2(analyst).when().get("/api/figures?year=2001").then().statusCode(200)
                .body("approachesPerQuarter", org.hamcrest.Matchers.empty())
                .body("uniquePersonsPerSubApproach.size()", equalTo(0))
                .body("lifeDomainAverages", org.hamcrest.Matchers.empty()).body("closureReasons.size()", equalTo(0))
                .body("minors", equalTo(0));
        given().auth().oauth2(analyst).when().get("/api/figures?year=" + today.getYear()).then().statusCode(200)
                .body("uniquePersonsPerSubApproach.REGULAR", equalTo(2))
                .body("lifeDomainAverages.find { it.round == 1 && it.lifeDomain == 'FINANCES' }.n", equalTo(2))
                .body("closureReasons.STABLE", equalTo(1)).body("minors", equalTo(2));
        given().auth().oauth2(analyst).when().get("/api/figures?year=1999").then().statusCode(400);
        given().auth().oauth2(analyst).when().get("/api/cases/" + adultCase).then().statusCode(403);
        given().auth().oauth2(analyst).when().get("/api/cases").then().statusCode(403);
    }

    private String open(String subApproach, String dateOfBirth, List<Map<String, Object>> members) {
        return given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "PGA", "subApproach", subApproach, "mainPerson",
                        Map.of("firstName", "Piet", "lastName", "Figuur", "dateOfBirth", dateOfBirth), "systemMembers",
                        members))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
    }

    private void score(String caseId, Map<String, Integer> scores) {
        String personId = given().auth().oauth2(director).when().get("/api/cases/" + caseId).then().extract()
                .path("persons[0].personId");
        given().auth().oauth2(director).contentType(ContentType.JSON).body(Map.of("scores", scores)).when()
                .post("/api/cases/" + caseId + "/persons/" + personId + "/monitoring").then().statusCode(201);
    }
}
