package nl.zvh.lifecourse.figures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The analyst reads the house's cohorts from the stored periods: two clients included this year, one closed as moved
 * the same day; this year's cohort has two entered and nothing known yet after one year, one closure as moved with an
 * average duration of zero days, and no name. Other roles get 403.
 */
@QuarkusTest
class AnalystSeesCohortsOfTheHouseTest {
    static final String HOUSE = "cohort-huis";

    @Test
    void cohortsOfTheStoredPeriods() {
        String coordinator = TestTokens.token("cohort-coordinator", TestInfrastructure.POLICE, HOUSE,
                "lifecourse-coordinator");
        String closed = CandidateRequestsForTests.includedClient(coordinator, "Cohortklant");
        CandidateRequestsForTests.includedClient(coordinator, "Blijver");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON).body(Map.of("reason", "MOVED")).when()
                .post("/api/clients/" + closed + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));

        String analyst = TestTokens.token("cohort-analyst", TestInfrastructure.POLICE, HOUSE, "analyst");
        given().auth().oauth2(analyst).when().get("/api/figures/cohorts").then().statusCode(200)
                .body("cohorts", hasSize(1)).body("cohorts[0].year", equalTo(LocalDate.now().getYear()))
                .body("cohorts[0].entered", equalTo(2)).body("cohorts[0].stillInAfter1", nullValue())
                .body("closureReasons.find { it.reason == 'MOVED' }.closed", equalTo(1))
                .body("averageDaysClosed", equalTo(0.0f)).body(not(containsName()));
        given().auth().oauth2(coordinator).when().get("/api/figures/cohorts").then().statusCode(403);
    }

    private static org.hamcrest.Matcher<String> containsName() {
        return org.hamcrest.Matchers.containsString("Cohortklant");
    }
}
