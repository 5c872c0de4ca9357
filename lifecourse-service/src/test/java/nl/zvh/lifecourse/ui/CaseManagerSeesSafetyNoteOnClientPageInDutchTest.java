package nl.zvh.lifecourse.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.TestInfrastructure;
import nl.zvh.lifecourse.Tokens;
import nl.zvh.lifecourse.candidates.CandidateRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The Dutch pages in the shell: the case manager's own-client list and client page with the safety note in its own
 * box, the contacts (a closed door in Dutch) and the case manager as organisation, never the login name; another
 * client's page is 404. The coordinator's inclusion agenda shows capacity, the cter-member's weighing agenda the
 * outcome; neither is open to the other role, and the start page and menu offer each role only what it opens.
 */
@QuarkusTest
class CaseManagerSeesSafetyNoteOnClientPageInDutchTest {

    @Test
    void clientPageShowsTheSafetyNoteProminently() {
        String coordinator = Tokens.coordinator();
        String own = CandidateRequestsForTests.includedClient(coordinator, "Veilig");
        String other = CandidateRequestsForTests.includedClient(coordinator, "Anders");
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("organisation", TestInfrastructure.HOUSING, "username", "woonkwartier-ui-manager")).when()
                .post("/api/clients/" + own + "/case-managers").then().statusCode(200);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("note", "Nooit alleen op huisbezoek")).when().put("/api/clients/" + own + "/safety-note")
                .then().statusCode(200);
        String manager = Tokens.caseManager("woonkwartier-ui-manager", TestInfrastructure.HOUSING);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("type", "HOME_VISIT", "date", LocalDate.now().toString(), "outcome", "DOOR_STAYED_CLOSED"))
                .when().post("/api/clients/" + own + "/contacts").then().statusCode(200);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("domain", "INCOME_AND_DEBTS", "goal", "Schuldhulp starten")).when()
                .post("/api/clients/" + own + "/plan").then().statusCode(200);
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("kind", "READMISSION", "date", LocalDate.now().toString())).when()
                .post("/api/clients/" + own + "/incidents").then().statusCode(200);

        given().auth().oauth2(manager).when().get("/ui/clients").then().statusCode(200)
                .body(containsString("Mijn cliënten")).body(containsString("Piet Veilig"))
                .body(not(containsString("Piet Anders")));
        given().auth().oauth2(manager).header("X-Forwarded-Prefix", "/lifecourse").when().get("/ui/clients/" + own)
                .then().statusCode(200).body(containsString("<section id=\"safety-note\""))
                .body(containsString("Nooit alleen op huisbezoek")).body(containsString("Deur bleef dicht"))
                .body(containsString("Huisbezoek")).body(containsString("Inkomen en schulden: Schuldhulp starten"))
                .body(containsString("Heropname"))
                .body(containsString("Casemanager van " + TestInfrastructure.HOUSING + " (u)"))
                .body(not(containsString("woonkwartier-ui-manager"))).body(not(containsString(">DOOR_STAYED_CLOSED")))
                .body(not(containsString(">HOME_VISIT"))).body(not(containsString(LocalDate.now().toString())))
                .body(containsString("id=\"zvh-logout\"")).body(containsString("href=\"/lifecourse/ui/clients\""))
                .body(not(containsString("/ui/inclusion"))).body(not(containsString("/ui/cter")))
                .body(not(containsString("style=")));
        given().auth().oauth2(manager).header("X-Forwarded-Prefix", "/lifecourse").when().get("/ui").then()
                .statusCode(200).body(containsString("id=\"start-clients\"")).body(containsString("Mijn cliënten"))
                .body(not(containsString("/ui/inclusion"))).body(not(containsString("/ui/cter")));
        given().auth().oauth2(manager).header("Accept-Language", "en").when().get("/ui/clients/" + own).then()
                .statusCode(200).body(containsString("Door stayed closed")).body(containsString("Income and debts"))
                .body(containsString("Safety note for home visits"));
        given().auth().oauth2(manager).when().get("/ui/clients/" + other).then().statusCode(404);
        given().auth().oauth2(manager).when().get("/ui/inclusion").then().statusCode(403);
        given().auth().oauth2(manager).when().get("/ui/cter").then().statusCode(403);
    }

    @Test
    void agendasForCoordinatorAndCterMember() {
        String coordinator = Tokens.zeelandCoordinator();
        CandidateRequestsForTests.includedClient(coordinator, "Vol");
        given().auth().oauth2(coordinator).when().get("/ui/inclusion").then().statusCode(200)
                .body(containsString("Inclusieagenda")).body(containsString("capacity-warning"))
                .body(containsString("Opgenomen")).body(not(containsString(">INCLUDED")))
                .body(not(containsString(LocalDate.now().toString())));
        given().auth().oauth2(coordinator).when().get("/ui").then().statusCode(200)
                .body(containsString("id=\"start-clients\"")).body(containsString("id=\"start-inclusion\""))
                .body(containsString("Cliënten van het huis")).body(not(containsString("/ui/cter")));
        given().auth().oauth2(coordinator).when().get("/ui/cter").then().statusCode(403);

        String cter = Tokens.cterMember();
        String person = given()
                .auth().oauth2(cter).contentType(ContentType.JSON).body(Map.of("municipality", "Roosendaal", "lastName",
                        "Weegpersoon", "source", "Politie", "ideology", "RIGHT_WING"))
                .when().post("/api/cter/persons").then().statusCode(201).extract().path("id");
        String session = given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie"))).when()
                .post("/api/cter/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(cter).contentType(ContentType.JSON)
                .body(Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur Roosendaal", "outcome",
                        "GATHER_MORE_INFORMATION"))
                .when().post("/api/cter/sessions/" + session + "/weighings").then().statusCode(200);
        given().auth().oauth2(cter).when().get("/ui/cter").then().statusCode(200)
                .body(containsString("CTER-weegagenda")).body(containsString("Rechts-extremisme"))
                .body(containsString("Meer informatie verzamelen"))
                .body(containsString("Veiligheidsadviseur Roosendaal")).body(not(containsString(">RIGHT_WING")))
                .body(not(containsString("GATHER_MORE_INFORMATION")))
                .body(not(containsString(LocalDate.now().toString())));
        given().auth().oauth2(cter).when().get("/ui").then().statusCode(200).body(containsString("id=\"start-cter\""))
                .body(not(containsString("/ui/clients"))).body(not(containsString("/ui/inclusion")));
        given().auth().oauth2(Tokens.processDirector()).when().get("/ui/cter").then().statusCode(403);
    }
}
