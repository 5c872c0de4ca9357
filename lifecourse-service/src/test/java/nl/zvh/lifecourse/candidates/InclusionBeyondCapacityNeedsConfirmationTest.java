package nl.zvh.lifecourse.candidates;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.lifecourse.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The inclusion table decides per candidate; in house "zeeland" (capacity 1 in the test profile) the second
 * inclusion is refused with a 409 problem until the table confirms it with a reason, and then carries a warning.
 * Not including needs a reason; a decided candidate cannot be decided again.
 */
@QuarkusTest
class InclusionBeyondCapacityNeedsConfirmationTest {

    @Test
    void secondInclusionInAFullHouseNeedsAnExplicitOverride() {
        String zeeland = Tokens.zeelandCoordinator();
        String session = CandidateRequestsForTests.session(zeeland);
        String first = CandidateRequestsForTests.candidate(zeeland, "Eerste");
        String second = CandidateRequestsForTests.candidate(zeeland, "Tweede");

        given().auth().oauth2(zeeland).contentType(ContentType.JSON)
                .body(Map.of("candidateId", first, "decision", "INCLUDED")).when()
                .post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(200)
                .body("decision.decision", equalTo("INCLUDED")).body("warning", nullValue()).body("active", equalTo(1))
                .body("capacity", equalTo(1));

        given().auth().oauth2(zeeland).contentType(ContentType.JSON)
                .body(Map.of("candidateId", second, "decision", "INCLUDED")).when()
                .post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Capacity of 1"));
        given().auth().oauth2(zeeland).when().get("/api/candidates/" + second).then().body("status",
                equalTo("CANDIDATE"));

        given().auth().oauth2(zeeland).contentType(ContentType.JSON)
                .body(Map.of("candidateId", second, "decision", "INCLUDED", "overrideCapacity", true)).when()
                .post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));

        given().auth().oauth2(zeeland).contentType(ContentType.JSON)
                .body(Map.of("candidateId", second, "decision", "INCLUDED", "overrideCapacity", true, "reason",
                        "Acute risico, tafel besluit tijdelijk boven capaciteit"))
                .when().post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(200)
                .body("decision.capacityOverridden", equalTo(true)).body("warning", containsString("beyond capacity"))
                .body("active", equalTo(2));

        given().auth().oauth2(zeeland).contentType(ContentType.JSON)
                .body(Map.of("candidateId", second, "decision", "POSTPONED")).when()
                .post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(409);
        given().auth().oauth2(zeeland).when().get("/api/inclusion-sessions/" + session).then().statusCode(200)
                .body("attendees", hasItem("Reclassering")).body("decisions.size()", equalTo(2));
    }

    @Test
    void notIncludingNeedsAReasonAndPostponingKeepsTheCandidate() {
        String coordinator = Tokens.coordinator();
        String session = CandidateRequestsForTests.session(coordinator);
        String candidate = CandidateRequestsForTests.candidate(coordinator, "Uitgesteld");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidate, "decision", "NOT_INCLUDED")).when()
                .post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidate, "decision", "POSTPONED")).when()
                .post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("candidateId", candidate, "decision", "NOT_INCLUDED", "reason", "Geen meerwaarde")).when()
                .post("/api/inclusion-sessions/" + session + "/decisions").then().statusCode(200);
        given().auth().oauth2(coordinator).when().get("/api/candidates/" + candidate).then().body("status",
                equalTo("NOT_INCLUDED"));
        given().auth().oauth2(Tokens.otherHouseCoordinator()).when().get("/api/candidates/" + candidate).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.caseManager("politie-lifecourse-case-manager", "Politie Zeeland-West-Brabant"))
                .when().get("/api/candidates/" + candidate).then().statusCode(403);
    }
}
