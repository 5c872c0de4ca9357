package nl.zvh.coveca.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.Kafka;
import org.junit.jupiter.api.Test;

/**
 * In a house configured with four-eyes approval (zvh.coveca.houses.zeeland.four-eyes=true in the test profile), a
 * changed plan and a closure count only after a second process director approved them; the author cannot.
 */
@QuarkusTest
class FourEyesHouseNeedsSecondPersonForPlanAndClosureTest {

    @Test
    void planAndClosureWaitForTheSecondPerson() {
        String first = Tokens.zeelandDirector("zeeland-pd-1");
        String second = Tokens.zeelandDirector("zeeland-pd-2");
        String caseId = CaseRequestsForTests.open(first, "Vier");
        given().auth().oauth2(first).contentType(ContentType.JSON)
                .body(Map.of("lifeDomain", "HOUSING", "description", "Passende woning")).when()
                .post("/api/cases/" + caseId + "/plan/goals").then().statusCode(200).body("approved", equalTo(false))
                .body("fourEyes", equalTo(true));
        given().auth().oauth2(first).when().post("/api/cases/" + caseId + "/plan/approval").then().statusCode(409);
        given().auth().oauth2(second).when().post("/api/cases/" + caseId + "/plan/approval").then().statusCode(200)
                .body("approved", equalTo(true)).body("approvedVersion", equalTo(1));

        given().auth().oauth2(first).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSURE_REQUESTED"));
        given().auth().oauth2(first).when().post("/api/cases/" + caseId + "/closure/approval").then().statusCode(409);
        given().auth().oauth2(second).when().post("/api/cases/" + caseId + "/closure/approval").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closureReason", equalTo("STABLE"));
        Kafka.await("zvh.coveca.case", r -> caseId.equals(r.key()) && r.value().contains("\"CoveCaCaseClosed\""));
    }
}
