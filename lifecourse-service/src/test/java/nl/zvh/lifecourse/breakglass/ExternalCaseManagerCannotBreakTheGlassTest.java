package nl.zvh.lifecourse.breakglass;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: break-glass is not for external case managers. A case manager not assigned to a client gets 404; asking
 * emergency access, even with a reason of substance, is refused with 403 and grants nothing (still 404); the
 * privacy officer finds the refused attempt in the audit log. The assigned way stays: the coordinator reads the client.
 */
@QuarkusTest
class ExternalCaseManagerCannotBreakTheGlassTest {

    @Test
    void unassignedCaseManagerIsRefusedAndTheAttemptIsAudited() {
        String client = CandidateRequestsForTests.includedClient(Tokens.coordinator(), "Glas");
        String manager = Tokens.caseManager("politie-lifecourse-case-manager", TestInfrastructure.POLICE);
        given().auth().oauth2(manager).when().get("/api/clients/" + client).then().statusCode(404);

        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "lifecourse-candidate", "resourceId", client, "reason",
                        "Cliënt belt in crisis, eigen casemanager afwezig"))
                .when().post("/api/break-glass").then().statusCode(403);
        given().auth().oauth2(manager).when().get("/api/clients/" + client).then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/clients/" + client).then().statusCode(200)
                .body("fullName", equalTo("Piet Glas"));

        String officer = TestTokens.token("politie-privacy-officer", TestInfrastructure.POLICE,
                TestInfrastructure.HOUSE, "privacy-officer");
        given().auth().oauth2(officer).queryParam("user", "politie-lifecourse-case-manager").when().get("/api/audit")
                .then().statusCode(200).body("outcome", hasItem("DENIED"));
    }
}
