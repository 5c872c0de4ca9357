package nl.zvh.coveca.monitoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * Two monitoring rounds of the main person show the trend per life domain (scores per round, change first to last);
 * scores outside 1..5 or on a domain the house does not know are refused naming the field; the default list of
 * thirteen life domains is the house's reference data.
 */
@QuarkusTest
class MonitoringRoundsShowTrendPerLifeDomainTest {

    @Test
    void secondRoundShowsImprovementOnFinancesAndDeclineOnHousing() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Monitor");
        String personId = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().extract()
                .path("persons[0].personId");
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("scoredOn", LocalDate.now().minusDays(60).toString(), "scores",
                        Map.of("FINANCES", 1, "HOUSING", 3, "MENTAL_HEALTH", 2)))
                .when().post(path(caseId, personId)).then().statusCode(201).body("round", equalTo(1));
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("scores", Map.of("FINANCES", 3, "HOUSING", 2, "MENTAL_HEALTH", 2))).when()
                .post(path(caseId, personId)).then().statusCode(201).body("round", equalTo(2));

        given().auth().oauth2(police).when().get(path(caseId, personId)).then().statusCode(200)
                .body("rounds.round", contains(1, 2)).body("domains.size()", equalTo(13))
                .body("domains.find { it.code == 'FINANCES' }.scores", contains(1, 3))
                .body("domains.find { it.code == 'FINANCES' }.change", equalTo(2))
                .body("domains.find { it.code == 'HOUSING' }.change", equalTo(-1))
                .body("domains.find { it.code == 'MENTAL_HEALTH' }.change", equalTo(0))
                .body("domains.find { it.code == 'JUSTICE' }.change", nullValue());

        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("scores", Map.of("FINANCES", 6))).when()
                .post(path(caseId, personId)).then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("scores")));
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("scores", Map.of("LUCK", 3))).when()
                .post(path(caseId, personId)).then().statusCode(400).body("errors.field", hasItem("scores.LUCK"));
        given().auth().oauth2(police).when().get(path(caseId, UUID.randomUUID().toString())).then().statusCode(404);
        given().auth().oauth2(Tokens.housingDirector()).when().get(path(caseId, personId)).then().statusCode(404);
        given().auth().oauth2(Tokens.analyst()).when().get("/api/reference/life-domains").then().statusCode(200)
                .body("code", hasItem("SOCIAL_PARTICIPATION"));
    }

    static String path(String caseId, String personId) {
        return "/api/cases/" + caseId + "/persons/" + personId + "/monitoring";
    }
}
