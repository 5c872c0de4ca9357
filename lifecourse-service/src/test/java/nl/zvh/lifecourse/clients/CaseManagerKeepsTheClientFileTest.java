package nl.zvh.lifecourse.clients;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The assigned case manager keeps the client's file: a safety note for home visits, plan goals per life domain,
 * contact moments (also a closed door), a detention and a periodic review with the next review date. Bad input is
 * a problem naming the field and writes nothing.
 */
@QuarkusTest
class CaseManagerKeepsTheClientFileTest {

    @Test
    void fileHoldsSafetyNotePlanContactsIncidentsAndReviews() {
        String coordinator = Tokens.coordinator();
        String client = CandidateRequestsForTests.includedClient(coordinator, "Dossier");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("organisation", TestInfrastructure.POLICE, "username", "politie-lifecourse-case-manager"))
                .when().post("/api/clients/" + client + "/case-managers").then().statusCode(200);
        String manager = Tokens.caseManager("politie-lifecourse-case-manager", TestInfrastructure.POLICE);
        String today = LocalDate.now().toString();

        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("note", "Huisbezoek alleen met z'n tweeën: agressieve hond")).when()
                .put("/api/clients/" + client + "/safety-note").then().statusCode(200);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("domain", "HOUSING", "goal", "Vaste woonplek binnen drie maanden")).when()
                .post("/api/clients/" + client + "/plan").then().statusCode(200);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("type", "HOME_VISIT", "date", today, "outcome", "DOOR_STAYED_CLOSED")).when()
                .post("/api/clients/" + client + "/contacts").then().statusCode(200);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("kind", "DETENTION", "date", today, "note", "Aangehouden")).when()
                .post("/api/clients/" + client + "/incidents").then().statusCode(200);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("date", today, "summary", "Stabiel", "nextReviewDate",
                        LocalDate.now().plusMonths(3).toString()))
                .when().post("/api/clients/" + client + "/reviews").then().statusCode(200);

        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("type", "HOME_VISIT", "date", today, "outcome", "MAYBE")).when()
                .post("/api/clients/" + client + "/contacts").then().statusCode(400);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("date", today, "summary", "Terug in de tijd", "nextReviewDate", today)).when()
                .post("/api/clients/" + client + "/reviews").then().statusCode(400)
                .body("errors[0].field", equalTo("nextReviewDate"));

        given().auth().oauth2(manager).when().get("/api/clients/" + client).then().statusCode(200)
                .body("safetyNotes[0].note", equalTo("Huisbezoek alleen met z'n tweeën: agressieve hond"))
                .body("plan.subtype", contains("HOUSING")).body("contacts.outcome", contains("DOOR_STAYED_CLOSED"))
                .body("incidents.subtype", contains("DETENTION")).body("reviews.text", contains("Stabiel"))
                .body("nextReviewDate", equalTo(LocalDate.now().plusMonths(3).toString()));
    }
}
