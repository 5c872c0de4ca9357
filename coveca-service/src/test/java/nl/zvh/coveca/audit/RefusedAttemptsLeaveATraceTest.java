package nl.zvh.coveca.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Someone trying records they may not see leaves a trace: a process director of another organisation asking for a
 * police case gets 404 and the privacy officer finds the attempt (outcome NOT_FOUND, the case's path) under that
 * person's name; an analyst trying to close a case gets 403 and the attempt is there as DENIED.
 */
@QuarkusTest
class RefusedAttemptsLeaveATraceTest {

    @Test
    void outOfScopeAndForbiddenAttemptsAreInTheAuditLog() {
        String caseId = CaseRequestsForTests.open(Tokens.policeDirector(), "Nieuwsgierig");
        String snooper = "woonkwartier-" + UUID.randomUUID();
        String housing = TestTokens.token(snooper, TestInfrastructure.HOUSING, TestInfrastructure.HOUSE,
                "process-director");
        given().auth().oauth2(housing).when().get("/api/cases/" + caseId).then().statusCode(404);
        // an address that is no endpoint at all is a plain 404 (answered before the token is even read)
        given().auth().oauth2(housing).when().get("/api/no-such-list").then().statusCode(404);
        given().auth().oauth2(housing).when().get("/ui/no-such-page").then().statusCode(404);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(403);

        String officer = Tokens.privacyOfficer();
        given().auth().oauth2(officer).queryParam("user", snooper).when().get("/api/audit").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].outcome", equalTo("NOT_FOUND"))
                .body("[0].resourceId", equalTo("/api/cases/" + caseId)).body("[0].action", equalTo("READ"));
        // a role check refuses before the endpoint runs: the entry is written just after the answer
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> given().auth().oauth2(officer).queryParam("user", "politie-analyst").when()
                        .get("/api/audit").then().statusCode(200).body("findAll { it.outcome == 'DENIED' }.resourceId",
                                hasItem("/api/cases/" + caseId + "/closure")));
    }
}
