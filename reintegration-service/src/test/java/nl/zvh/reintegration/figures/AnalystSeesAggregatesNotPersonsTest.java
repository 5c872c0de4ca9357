package nl.zvh.reintegration.figures;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.ANALYST;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.DJI;
import static nl.zvh.reintegration.Actors.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.reintegration.Actors;
import org.junit.jupiter.api.Test;

/**
 * Figures per municipality and year: detentions, releases, releases with all basic conditions arranged, escalations
 * — counts only, for the analyst's own house. A national analyst reads them by naming the house; a house analyst
 * naming another house is refused.
 */
@QuarkusTest
class AnalystSeesAggregatesNotPersonsTest {

    @Test
    void countsPerMunicipalityAndYear() {
        // yesterday, or today on 1 January: detention and release fall in the same year
        LocalDate detained = LocalDate.now().getDayOfYear() > 1 ? LocalDate.now().minusDays(1) : LocalDate.now();
        int year = detained.getYear();
        String ready = detention("Rucphen", detained);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("consent", "GIVEN", "date", detained.toString())).when()
                .put("/api/tracks/" + Actors.trackIdOf(ready) + "/consent").then().statusCode(200);
        for (String c : List.of("VALID_ID", "HOUSING", "INCOME_OR_DAYTIME_ACTIVITY", "DEBTS", "CARE")) {
            given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("status", "ARRANGED")).when()
                    .put("/api/tracks/" + Actors.trackIdOf(ready) + "/conditions/" + c).then().statusCode(200);
        }
        String notReady = detention("Rucphen", detained);
        detention("Rucphen", detained);
        post(DJI, Actors.released(ready, LocalDate.now())).statusCode(201);
        post(DJI, Actors.released(notReady, LocalDate.now())).statusCode(201);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "sliding", "riskSummary", "risk up")).when()
                .post("/api/tracks/" + Actors.trackIdOf(notReady) + "/escalations").then().statusCode(201);

        String path = "find { it.municipality == 'Rucphen' && it.year == " + year + " }";
        given().auth().oauth2(ANALYST).queryParam("year", year).when().get("/api/figures").then().statusCode(200)
                .body(path + ".detentions", equalTo(3)).body(path + ".releases", equalTo(2))
                .body(path + ".releasedWithAllConditionsArranged", equalTo(1)).body(path + ".escalations", equalTo(1))
                .body(not(containsString("Kees"))).body(not(containsString("123456782")));
        given().auth().oauth2(TestTokensHolder.OTHER_ANALYST).when().get("/api/figures").then().statusCode(200)
                .body(not(containsString("Rucphen")));
        given().auth().oauth2(COORDINATOR).when().get("/api/figures").then().statusCode(403);
        given().auth().oauth2(ANALYST).queryParam("year", 1800).when().get("/api/figures").then().statusCode(400);

        // a national analyst (no house) reads the house's figures by naming it, the same as the house's analyst
        String national = nl.zvh.platform.testing.TestTokens.token("landelijk-analist",
                "Landelijk Netwerk Zorg- en Veiligheidshuizen", null, "national-analyst");
        String asNational = given().auth().oauth2(national).queryParam("year", year).queryParam("house", "markiezaten")
                .when().get("/api/figures").then().statusCode(200).body(path + ".detentions", equalTo(3))
                .body(not(containsString("Kees"))).extract().asString();
        assertEquals(given().auth().oauth2(ANALYST).queryParam("year", year).when().get("/api/figures").then().extract()
                .asString(), asNational);
        given().auth().oauth2(national).queryParam("year", year).queryParam("house", "haaglanden").when()
                .get("/api/figures").then().statusCode(200).body(not(containsString("Rucphen")));
        given().auth().oauth2(national).queryParam("year", year).when().get("/api/figures").then().statusCode(400)
                .body("errors[0].field", equalTo("house"));
        given().auth().oauth2(national).when().get("/api/tracks/" + Actors.trackIdOf(ready)).then().statusCode(403);
        given().auth().oauth2(ANALYST).queryParam("house", "haaglanden").when().get("/api/figures").then()
                .statusCode(403);
    }

    private static String detention(String municipality, LocalDate detained) {
        String id = Actors.detentionId();
        post(DJI, Actors.started(id, municipality, detained, LocalDate.now().plusDays(100))).statusCode(201);
        return id;
    }

    /** An analyst of another house. */
    static final class TestTokensHolder {
        static final String OTHER_ANALYST = nl.zvh.platform.testing.TestTokens.token("analist-dh", "ZVH Haaglanden",
                "haaglanden", "analyst");
    }
}
