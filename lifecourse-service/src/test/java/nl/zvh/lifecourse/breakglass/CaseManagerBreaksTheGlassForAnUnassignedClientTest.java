package nl.zvh.lifecourse.breakglass;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import nl.zvh.platform.breakglass.BreakGlassClock;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A case manager not assigned to a client gets 404, breaks the glass with a reason, reads the client (audited with
 * the break-glass marker, visible to the privacy officer), cannot change the client file, and after the grant's
 * 4 hours (shifted clock) gets 404 again.
 */
@QuarkusTest
class CaseManagerBreaksTheGlassForAnUnassignedClientTest {

    static class ShiftedClock extends BreakGlassClock {
        volatile Duration shift = Duration.ZERO;

        @Override
        public Instant now() {
            return Instant.now().plus(shift);
        }
    }

    @Test
    void unassignedCaseManagerReadsOnlyUnderAValidGrant() {
        ShiftedClock clock = new ShiftedClock();
        QuarkusMock.installMockForType(clock, BreakGlassClock.class);
        String client = CandidateRequestsForTests.includedClient(Tokens.coordinator(), "Nood");
        String manager = Tokens.caseManager("politie-lifecourse-case-manager", TestInfrastructure.POLICE);
        given().auth().oauth2(manager).when().get("/api/clients/" + client).then().statusCode(404);

        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "lifecourse-candidate", "resourceId", client, "reason", "")).when()
                .post("/api/break-glass").then().statusCode(400).body("errors.field", hasItem("reason"));
        String grant = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "lifecourse-candidate", "resourceId", client, "reason",
                        "Cliënt belt in crisis, eigen casemanager afwezig"))
                .when().post("/api/break-glass").then().statusCode(201).extract().path("id");
        given().auth().oauth2(manager).when().get("/api/clients/" + client).then().statusCode(200).body("fullName",
                equalTo("Piet Nood"));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("note", "x")).when()
                .put("/api/clients/" + client + "/safety-note").then().statusCode(404);

        String officer = TestTokens.token("politie-privacy-officer", TestInfrastructure.POLICE,
                TestInfrastructure.HOUSE, "privacy-officer");
        given().auth().oauth2(officer).queryParam("resourceId", client).queryParam("breakGlass", true).when()
                .get("/api/audit").then().statusCode(200).body("action", hasItem("BREAK_GLASS"))
                .body("action", hasItem("READ")).body("breakGlassId", everyItem(equalTo(grant)));

        clock.shift = Duration.ofHours(4).plusSeconds(1);
        given().auth().oauth2(manager).when().get("/api/clients/" + client).then().statusCode(404);
    }
}
