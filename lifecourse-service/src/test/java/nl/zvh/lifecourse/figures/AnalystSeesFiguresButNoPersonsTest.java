package nl.zvh.lifecourse.figures;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The analyst's figures for the year grow by exactly what happened (a candidate, an inclusion, a CTER case with
 * its outcome) and name no person; other roles get 403, a missing year is a 400 naming it. A national analyst reads
 * the same figures by naming the house (not the cohorts, no client); the house's analyst cannot name another house.
 */
@QuarkusTest
class AnalystSeesFiguresButNoPersonsTest {

    @Test
    void figuresCountWhatHappened() {
        int year = LocalDate.now().getYear();
        JsonPath before = figures(year);
        String client = CandidateRequestsForTests.includedClient(Tokens.coordinator(), "Cijfer");
        CandidateRequestsForTests.candidate(Tokens.coordinator(), "Alleenkandidaat");
        String cter = Tokens.cterMember();
        String person = given()
                .auth().oauth2(cter).contentType(ContentType.JSON).body(Map.of("municipality", "Roosendaal", "lastName",
                        "Telpersoon", "source", "Politie", "ideology", "LEFT_WING"))
                .when().post("/api/cter/persons").then().statusCode(201).extract().path("id");
        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "VA", "outcome", "CRIMINAL_INVESTIGATION")).when()
                .post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);

        JsonPath after = figures(year);
        assertEquals(2, after.getLong("candidates") - before.getLong("candidates"));
        assertEquals(1, after.getLong("inclusions") - before.getLong("inclusions"));
        assertEquals(1, after.getLong("active") - before.getLong("active"));
        assertEquals(15, after.getInt("capacity"));
        assertEquals(1, after.getLong("cterCases") - before.getLong("cterCases"));
        assertEquals(1, outcome(after, "CRIMINAL_INVESTIGATION") - outcome(before, "CRIMINAL_INVESTIGATION"));
        assertFalse(after.prettify().contains("Cijfer") || after.prettify().contains(client));

        given().auth().oauth2(Tokens.coordinator()).queryParam("year", year).when().get("/api/figures").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.analyst()).when().get("/api/figures").then().statusCode(400);

        // a national analyst (no house) reads the house's figures by naming it, the same as the house's analyst
        String national = TestTokens.token("landelijk-analist", "Landelijk Netwerk Zorg- en Veiligheidshuizen", null,
                "national-analyst");
        String asNational = given().auth().oauth2(national).queryParam("year", year)
                .queryParam("house", TestInfrastructure.HOUSE).when().get("/api/figures").then().statusCode(200)
                .extract().asString();
        assertEquals(after.prettify(), JsonPath.from(asNational).prettify());
        assertFalse(asNational.contains("Cijfer") || asNational.contains(client));
        given().auth().oauth2(national).queryParam("year", year).when().get("/api/figures").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("house"));
        given().auth().oauth2(national).when().get("/api/figures/cohorts").then().statusCode(403);
        given().auth().oauth2(national).when().get("/api/clients/" + client).then().statusCode(403);
        given().auth().oauth2(Tokens.analyst()).queryParam("year", year).queryParam("house", "haaglanden").when()
                .get("/api/figures").then().statusCode(403);
    }

    private static long outcome(JsonPath f, String outcome) {
        return f.getLong("cterOutcomes.find { it.outcome == '" + outcome + "' }.weighings");
    }

    private static JsonPath figures(int year) {
        return given().auth().oauth2(Tokens.analyst()).queryParam("year", year).when().get("/api/figures").then()
                .statusCode(200).extract().jsonPath();
    }
}
