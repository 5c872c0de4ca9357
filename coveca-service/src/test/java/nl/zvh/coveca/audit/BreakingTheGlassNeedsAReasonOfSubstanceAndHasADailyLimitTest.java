package nl.zvh.coveca.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Breaking the glass is for an emergency: a reason of a few letters ("xxxxxxxxxx", "dringend dringend") is refused
 * naming {@code reason}, nothing is granted and the case stays closed to the requester; one person takes at most three
 * grants in 24 hours (the house's default), the fourth is a 429 telling them to ask the privacy officer.
 */
@QuarkusTest
class BreakingTheGlassNeedsAReasonOfSubstanceAndHasADailyLimitTest {
    static final String REASON = "Acute dreiging gemeld door buren, casus nodig voor crisisoverleg vanavond";

    @Test
    void aReasonWithoutSubstanceGrantsNothing() {
        String caseId = CaseRequestsForTests.open(Tokens.policeDirector(), "Redenloos");
        String housing = freshHousingDirector();

        request(housing, caseId, "xxxxxxxxxxxxxxxx").then().statusCode(400).body("errors.field", hasItem("reason"));
        request(housing, caseId, "dringend dringend nodig").then().statusCode(400).body("errors.field",
                hasItem("reason"));
        given().auth().oauth2(housing).when().get("/api/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(housing).when().get("/api/break-glass/mine").then().statusCode(200).body("size()",
                equalTo(0));
    }

    @Test
    void theFourthGrantWithinADayIsRefused() {
        String housing = freshHousingDirector();
        for (int i = 0; i < 3; i++) {
            String caseId = CaseRequestsForTests.open(Tokens.policeDirector(), "Noodgeval" + i);
            request(housing, caseId, REASON).then().statusCode(201);
        }
        String fourth = CaseRequestsForTests.open(Tokens.policeDirector(), "Noodgeval3");

        request(housing, fourth, REASON).then().statusCode(429).contentType("application/problem+json").body("detail",
                containsString("privacy officer"));
        given().auth().oauth2(housing).when().get("/api/cases/" + fourth).then().statusCode(404);
    }

    /** A housing corporation's process director nobody used before (the limit counts per person). */
    private static String freshHousingDirector() {
        return TestTokens.token("woonkwartier-" + UUID.randomUUID(), TestInfrastructure.HOUSING,
                TestInfrastructure.HOUSE, "process-director");
    }

    private static Response request(String token, String caseId, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "coveca-case", "resourceId", caseId, "reason", reason)).when()
                .post("/api/break-glass");
    }
}
