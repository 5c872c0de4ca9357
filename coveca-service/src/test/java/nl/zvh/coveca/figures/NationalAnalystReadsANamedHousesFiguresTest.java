package nl.zvh.coveca.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A national analyst (role national-analyst, no house claim) reads a house's CoVeCa figures by naming the house: the
 * same figures the house's own analyst reads, moving with a case opened there, without the person; it must name a
 * known house (else a problem naming {@code house}) and still gets no case. A house analyst who names another house
 * is refused, so {@code ?house=} opens no neighbour's figures.
 */
@QuarkusTest
class NationalAnalystReadsANamedHousesFiguresTest {
    static final String HOUSE = TestInfrastructure.HOUSE;
    final String director = TestTokens.token("nat-pd", "ZVH De Markiezaten", HOUSE, "process-director");
    final String analyst = TestTokens.token("nat-analist", "Gemeente Roosendaal", HOUSE, "analyst");
    final String national = TestTokens.token("landelijk-analist", "Landelijk Netwerk Zorg- en Veiligheidshuizen", null,
            "national-analyst");

    @Test
    void theNamedHousesFiguresAndNothingElse() {
        int year = LocalDate.now().getYear();
        LocalDate today = LocalDate.now();
        String quarter = "find { it.quarter == '" + year + "-Q" + ((today.getMonthValue() - 1) / 3 + 1) + "' }";
        JsonPath before = figures(national, "?year=" + year + "&house=" + HOUSE);
        String caseId = given().auth().oauth2(director).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "PGA", "subApproach", "REGULAR", "mainPerson",
                        Map.of("firstName", "Landelijk", "lastName", "Onzichtbaar", "dateOfBirth", "1980-03-04"),
                        "systemMembers", List.of()))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");

        String asNational = given().auth().oauth2(national).when().get("/api/figures?year=" + year + "&house=" + HOUSE)
                .then().statusCode(200).body(not(containsString("Onzichtbaar"))).body(not(containsString(caseId)))
                .extract().asString();
        assertEquals(started(before, quarter) + 1, started(JsonPath.from(asNational), quarter));
        assertEquals(given().auth().oauth2(analyst).when().get("/api/figures?year=" + year).then().statusCode(200)
                .extract().asString(), asNational);
        assertEquals("zeeland", figures(national, "?year=" + year + "&house=zeeland").getString("house"));

        given().auth().oauth2(national).when().get("/api/figures?year=" + year).then().statusCode(400)
                .body("errors[0].field", equalTo("house"));
        given().auth().oauth2(national).when().get("/api/figures?house=nergenshuis").then().statusCode(400)
                .body("errors[0].field", equalTo("house"));
        given().auth().oauth2(national).when().get("/api/cases/" + caseId).then().statusCode(403);
        given().auth().oauth2(national).when().get("/api/cases").then().statusCode(403);
        given().auth().oauth2(analyst).when().get("/api/figures?house=haaglanden").then().statusCode(403);
        given().auth().oauth2(director).when().get("/api/figures?house=haaglanden").then().statusCode(403);
        given().auth().oauth2(analyst).when().get("/api/figures?house=" + HOUSE).then().statusCode(200).body("house",
                equalTo(HOUSE));
    }

    private static long started(JsonPath figures, String quarter) {
        Object n = figures.get("approachesPerQuarter." + quarter + ".started");
        return n == null ? 0 : ((Number) n).longValue();
    }

    private static JsonPath figures(String token, String query) {
        return given().auth().oauth2(token).when().get("/api/figures" + query).then().statusCode(200).extract()
                .jsonPath();
    }
}
