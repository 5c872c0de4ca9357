package nl.zvh.coveca.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.TestInfrastructure;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Break-glass with oversight (issue 23): a housing process director (display name known) opens a police case under
 * break-glass; the case's own process director reads on the case page who opened it, when and why, a colleague of the
 * same organisation does not. The house's privacy officer finds the grant on the review list, unreviewed; a review without
 * verdict or "not justified" without note is a problem naming the field; a partner's privacy officer cannot review
 * another organisation's grant (404); the review is recorded (who, when, verdict, note), audited, and refused a
 * second time (409).
 */
@QuarkusTest
class PrivacyOfficerReviewsAnEmergencyAccessAndTheDirectorIsToldTest {
    private static final String REASON = "Acute dreiging bij woning, casus nodig voor crisisoverleg";

    @Test
    void theOwnerIsToldAndThePrivacyOfficerReviewsTheGrant() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Toezicht");
        String housing = Tokens.named("woonkwartier-toezicht", "Wim de Vries", TestInfrastructure.HOUSING,
                TestInfrastructure.HOUSE, "process-director");
        String grantId = given().auth().oauth2(housing).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "coveca-case", "resourceId", caseId, "reason", REASON)).when()
                .post("/api/break-glass").then().statusCode(201).body("userDisplayName", equalTo("Wim de Vries"))
                .body("review", nullValue()).extract().path("id");

        given().auth().oauth2(police).when().get("/ui/cases/" + caseId).then().statusCode(200)
                .body(allOf(containsString("id=\"break-glass-notices\""),
                        containsString("Noodtoegang: Wim de Vries (Woonkwartier) opende dit dossier op "),
                        containsString("met reden: " + REASON), not(containsString("woonkwartier-toezicht"))));
        given().auth().oauth2(Tokens.secondPoliceDirector()).when().get("/ui/cases/" + caseId).then().statusCode(200)
                .body(not(containsString("id=\"break-glass-notices\"")));

        String officer = Tokens.privacyOfficer();
        given().auth().oauth2(officer).queryParam("review", true).when().get("/api/break-glass").then().statusCode(200)
                .body("id", hasItem(grantId)).body("find { it.id == '" + grantId + "' }.review", nullValue());

        review(officer, grantId, Map.of()).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("verdict"));
        review(officer, grantId, Map.of("verdict", "MAYBE")).then().statusCode(400).body("errors.field",
                hasItem("verdict"));
        review(officer, grantId, Map.of("verdict", "NOT_JUSTIFIED", "note", " ")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("note"));
        review(officer, UUID.randomUUID().toString(), Map.of("verdict", "JUSTIFIED")).then().statusCode(404);
        String policeOfficer = TestTokens.token("politie-privacy-officer", TestInfrastructure.POLICE,
                TestInfrastructure.HOUSE, "privacy-officer");
        review(policeOfficer, grantId, Map.of("verdict", "JUSTIFIED")).then().statusCode(404);
        review(Tokens.otherHousePrivacyOfficer(), grantId, Map.of("verdict", "JUSTIFIED")).then().statusCode(404);
        review(housing, grantId, Map.of("verdict", "JUSTIFIED")).then().statusCode(403);

        review(officer, grantId, Map.of("verdict", "NOT_JUSTIFIED", "note", "Geen crisis; overleg kon wachten")).then()
                .statusCode(200).body("review.verdict", equalTo("NOT_JUSTIFIED"))
                .body("review.note", equalTo("Geen crisis; overleg kon wachten"))
                .body("review.reviewerName", equalTo("markiezaten-privacy-officer"))
                .body("review.reviewedAt", not(nullValue()));
        review(officer, grantId, Map.of("verdict", "JUSTIFIED")).then().statusCode(409);
        given().auth().oauth2(officer).queryParam("review", true).when().get("/api/break-glass").then().statusCode(200)
                .body("find { it.id == '" + grantId + "' }.review.verdict", equalTo("NOT_JUSTIFIED"));
        given().auth().oauth2(officer).queryParam("resourceId", grantId).queryParam("action", "UPDATE").when()
                .get("/api/audit").then().statusCode(200).body("resourceType", hasItem("break-glass-grant"))
                .body("userName", hasItem("markiezaten-privacy-officer"));
    }

    private static io.restassured.response.Response review(String token, String grantId, Map<String, String> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post("/api/break-glass/" + grantId + "/review");
    }
}
