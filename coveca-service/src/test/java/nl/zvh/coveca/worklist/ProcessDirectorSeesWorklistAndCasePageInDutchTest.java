package nl.zvh.coveca.worklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The worklist shows the director's open cases, this week's meeting, the overdue agreement and the persons whose
 * monitoring is due; the case page shows persons, partners, plan, meetings and a chart with one line per monitoring
 * round; htmx marks an agreement done; English on request; outsiders get 404 and analysts 403.
 */
@QuarkusTest
class ProcessDirectorSeesWorklistAndCasePageInDutchTest {

    @Test
    void worklistAndCasePage() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Werklijst");
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().toString(),
                        "location", "Stadskantoor Roosendaal"))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201);
        String agreementId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("description", "Aanvraag beschermd wonen indienen", "ownerOrganisation", "Woonkwartier",
                        "ownerPerson", "J. Smits", "dueDate", LocalDate.now().minusDays(3).toString()))
                .when().post("/api/cases/" + caseId + "/plan/agreements").then().statusCode(200)
                .extract().path("agreements[0].id");
        given().auth().oauth2(Tokens.functionalAdmin()).when().post("/api/admin/jobs/overdue-agreements")
                .then().statusCode(200);

        String worklist = given().auth().oauth2(police).header("X-Forwarded-Prefix", "/coveca").when().get("/ui")
                .then().statusCode(200).body(containsString("Mijn casussen"))
                .body(containsString("Verlopen afspraken")).extract().asString();
        assertTrue(worklist.contains("<tr data-id=\"" + caseId + "\"><td><a href=\"/coveca/ui/cases/" + caseId
                + "\">Piet de Werklijst</a>"), "case row links to the case page through the gateway prefix");
        assertTrue(worklist.contains("<tr data-id=\"" + agreementId + "\" class=\"status-OVERDUE\">"),
                "overdue agreement on the worklist");
        assertTrue(Pattern.compile("data-case=\"" + caseId + "\"><td>[^<]+</td><td><a [^>]+>Piet de Werklijst")
                .matcher(worklist).find(), "this week's meeting");
        assertTrue(worklist.contains("Stadskantoor Roosendaal"));

        String personId = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then()
                .extract().path("persons[0].personId");
        for (int finances : new int[] {2, 4}) {
            given().auth().oauth2(police).contentType(ContentType.JSON)
                    .body(Map.of("scores", Map.of("FINANCES", finances, "HOUSING", 3)))
                    .when().post("/api/cases/" + caseId + "/persons/" + personId + "/monitoring")
                    .then().statusCode(201);
        }
        String page = given().auth().oauth2(police).when().get("/ui/cases/" + caseId).then().statusCode(200)
                .body(containsString("Plan van aanpak")).body(containsString("Sanne Werklijst"))
                .body(containsString("GGZ Westelijk Noord-Brabant")).body(containsString("Ketenberaad"))
                .body(containsString("Verlopen")).extract().asString();
        assertTrue(page.contains("id=\"chart-" + personId + "\" data-rounds=\"2\""), "chart with two rounds");
        assertEquals(2, page.split("<polyline class=\"round\"").length - 1, "one line per round");

        given().auth().oauth2(police).when().post("/ui/cases/" + caseId + "/agreements/" + agreementId + "/done")
                .then().statusCode(200).body(containsString("Afgerond")).body(not(containsString("<button")));

        given().auth().oauth2(police).header("Accept-Language", "en").when().get("/ui").then().statusCode(200)
                .body(containsString("My cases"));
        given().auth().oauth2(Tokens.housingDirector()).when().get("/ui/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(Tokens.housingDirector()).when().get("/ui").then().statusCode(200)
                .body(not(containsString(caseId)));
        given().auth().oauth2(Tokens.analyst()).when().get("/ui").then().statusCode(403);
        given().when().get("/ui").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("coordinator", "ZVH De Markiezaten", "markiezaten",
                "process-director")).when().get("/ui").then().statusCode(200).body(containsString("Piet de Werklijst"));
    }
}
