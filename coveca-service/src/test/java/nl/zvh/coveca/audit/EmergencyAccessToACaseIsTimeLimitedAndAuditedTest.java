package nl.zvh.coveca.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.breakglass.BreakGlassClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Break-glass: a process director of another organisation in the house gets 404 on a case, asks emergency access
 * with a reason (a blank reason is a problem naming {@code reason}), then reads the case; the request and every read
 * under the grant are audited with the break-glass marker and listed for the privacy officer; 4 hours later
 * (configurable clock) the case is 404 again. Another house or an analyst cannot break the glass.
 */
@QuarkusTest
class EmergencyAccessToACaseIsTimeLimitedAndAuditedTest {

    static class ShiftedClock extends BreakGlassClock {
        Duration shift = Duration.ZERO;

        @Override
        public Instant now() {
            return Instant.now().plus(shift);
        }
    }

    ShiftedClock clock = new ShiftedClock();

    @BeforeEach
    void installClock() {
        QuarkusMock.installMockForType(clock, BreakGlassClock.class);
    }

    @Test
    void otherOrganisationReadsCaseOnlyUnderAValidGrant() {
        String caseId = CaseRequestsForTests.open(Tokens.policeDirector(), "Nooduitgang");
        String housing = Tokens.housingDirector();
        given().auth().oauth2(housing).when().get("/api/cases/" + caseId).then().statusCode(404);

        request(housing, caseId, "  ").then().statusCode(400).body("errors.field", hasItem("reason"));
        request(Tokens.otherHouseDirector(), caseId, "Acute dreiging, casus nodig voor crisisoverleg").then()
                .statusCode(404);
        request(Tokens.analyst(), caseId, "Acute dreiging, casus nodig voor crisisoverleg").then().statusCode(403);
        given().auth().oauth2(housing).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "no-such-thing", "resourceId", caseId, "reason", "Acute dreiging nu"))
                .when().post("/api/break-glass").then().statusCode(400).body("errors.field", hasItem("resourceType"));

        String grantId = request(housing, caseId, "Acute dreiging, casus nodig voor crisisoverleg").then()
                .statusCode(201).body("resourceId", equalTo(caseId)).body("active", equalTo(true))
                .body("userName", equalTo("woonkwartier-process-director")).extract().path("id");
        given().auth().oauth2(housing).when().get("/api/cases/" + caseId).then().statusCode(200).body("id",
                equalTo(caseId));
        given().auth().oauth2(housing).when().get("/api/break-glass/mine").then().statusCode(200).body("id",
                hasItem(grantId));
        given().auth().oauth2(housing).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(404);

        String officer = Tokens.privacyOfficer();
        given().auth().oauth2(officer).queryParam("resourceId", caseId).queryParam("breakGlass", true).when()
                .get("/api/audit").then().statusCode(200).body("action", hasItem("BREAK_GLASS"))
                .body("action", hasItem("READ")).body("userName", everyItem(equalTo("woonkwartier-process-director")))
                .body("breakGlassId", everyItem(equalTo(grantId)));
        given().auth().oauth2(officer).queryParam("resourceId", caseId).queryParam("breakGlass", false)
                .queryParam("user", "woonkwartier-process-director").when().get("/api/audit").then().statusCode(200)
                .body("$", empty());
        given().auth().oauth2(officer).queryParam("active", true).when().get("/api/break-glass").then().statusCode(200)
                .body("id", hasItem(grantId)).body("find { it.id == '" + grantId + "' }.reason",
                        equalTo("Acute dreiging, casus nodig voor crisisoverleg"));
        given().auth().oauth2(Tokens.otherHousePrivacyOfficer()).when().get("/api/break-glass").then().statusCode(200)
                .body("id", not(hasItem(grantId)));
        given().auth().oauth2(housing).when().get("/api/break-glass").then().statusCode(403);

        clock.shift = Duration.ofHours(4).plusMinutes(1);
        given().auth().oauth2(housing).when().get("/api/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(officer).queryParam("active", true).when().get("/api/break-glass").then().statusCode(200)
                .body("id", not(hasItem(grantId)));
    }

    private static io.restassured.response.Response request(String token, String caseId, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "coveca-case", "resourceId", caseId, "reason", reason)).when()
                .post("/api/break-glass");
    }
}
