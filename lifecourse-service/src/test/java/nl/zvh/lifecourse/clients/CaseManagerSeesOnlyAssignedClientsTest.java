package nl.zvh.lifecourse.clients;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * An external case manager sees only the clients assigned to them (username AND organisation): another client of
 * the same house, or the same username from another organisation, is 404; candidates and sessions are 403.
 */
@QuarkusTest
class CaseManagerSeesOnlyAssignedClientsTest {
    static final String MANAGER = "woonkwartier-lifecourse-case-manager";

    @Test
    void caseManagerSeesOwnClientAndNothingElse() {
        String coordinator = Tokens.coordinator();
        String own = CandidateRequestsForTests.includedClient(coordinator, "Eigen");
        String other = CandidateRequestsForTests.includedClient(coordinator, "Ander");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("organisation", TestInfrastructure.HOUSING, "username", MANAGER)).when()
                .post("/api/clients/" + own + "/case-managers").then().statusCode(200)
                .body("caseManagers.username", contains(MANAGER));

        String manager = Tokens.caseManager(MANAGER, TestInfrastructure.HOUSING);
        given().auth().oauth2(manager).when().get("/api/clients").then().statusCode(200).body("id", contains(own));
        given().auth().oauth2(manager).when().get("/api/clients/" + own).then().statusCode(200).body("fullName",
                equalTo("Piet Eigen"));
        given().auth().oauth2(manager).when().get("/api/clients/" + other).then().statusCode(404);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("note", "x")).when()
                .put("/api/clients/" + other + "/safety-note").then().statusCode(404);

        String sameNameOtherOrganisation = Tokens.caseManager(MANAGER, TestInfrastructure.POLICE);
        given().auth().oauth2(sameNameOtherOrganisation).when().get("/api/clients/" + own).then().statusCode(404);

        given().auth().oauth2(manager).when().get("/api/candidates").then().statusCode(403);
        given().auth().oauth2(manager).when().get("/api/inclusion-sessions").then().statusCode(403);
        given().auth().oauth2(manager).when().get("/api/cter/persons").then().statusCode(403);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("organisation", TestInfrastructure.HOUSING, "username", MANAGER)).when()
                .post("/api/clients/" + other + "/case-managers").then().statusCode(403);

        given().auth().oauth2(coordinator).when().get("/api/clients").then().statusCode(200).body("id", hasItem(own))
                .body("id", hasItem(other));
        given().auth().oauth2(Tokens.otherHouseCoordinator()).when().get("/api/clients/" + own).then().statusCode(404);
    }
}
