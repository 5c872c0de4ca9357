package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import nl.zvh.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The worklist shows the director's open cases, this week's meeting, the overdue agreement and the persons whose
 * monitoring is due; the case page shows persons, partners, plan, meetings and a chart with one line per monitoring
 * round, named in Dutch and with the scores as a table; codes and dates read in Dutch; htmx marks an agreement done,
 * announced, and a second try or one on a closed case is refused in Dutch (the closed case offers no button); English
 * on request; outsiders get 404 and analysts 403.
 */
@QuarkusTest
class ProcessDirectorSeesWorklistAndCasePageInDutchTest {

    @Test
    void worklistAndCasePage() {
        String police = Tokens.policeDirector();
        String caseId = CaseRequestsForTests.open(police, "Werklijst");
        given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().toString(), "location",
                        "Stadskantoor Roosendaal"))
                .when().post("/api/cases/" + caseId + "/meetings").then().statusCode(201);
        String agreementId = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("description", "Aanvraag beschermd wonen indienen", "ownerOrganisation", "Woonkwartier",
                        "ownerPerson", "J. Smits", "dueDate", LocalDate.now().minusDays(3).toString()))
                .when().post("/api/cases/" + caseId + "/plan/agreements").then().statusCode(200).extract()
                .path("agreements[0].id");
        given().auth().oauth2(Tokens.functionalAdmin()).when().post("/api/admin/jobs/overdue-agreements").then()
                .statusCode(200);

        String worklist = given().auth().oauth2(police).header("X-Forwarded-Prefix", "/coveca").when().get("/ui").then()
                .statusCode(200).body(containsString("Mijn casussen")).body(containsString("Verlopen afspraken"))
                .body(containsString("<h1>Werklijst</h1>")).body(containsString("Complexe casuïstiek"))
                .body(not(containsString("REGULAR"))).body(not(containsString("NETWORK_MEETING"))).extract().asString();
        assertTrue(worklist.contains(
                "<tr data-id=\"" + caseId + "\"><td><a href=\"/coveca/ui/cases/" + caseId + "\">Piet de Werklijst</a>"),
                "case row links to the case page through the gateway prefix");
        String overdue = given().auth().oauth2(police).header("X-Forwarded-Prefix", "/coveca").when()
                .get("/ui?tab=overdue").then().statusCode(200).extract().asString();
        assertTrue(overdue.contains("<tr data-id=\"" + agreementId + "\" class=\"status-OVERDUE\">"),
                "overdue agreement on the worklist's tab");
        String week = given().auth().oauth2(police).header("X-Forwarded-Prefix", "/coveca").when()
                .get("/ui?tab=meetings").then().statusCode(200).extract().asString();
        assertTrue(Pattern.compile("data-case=\"" + caseId + "\"><td>[^<]+</td><td><a [^>]+>Piet de Werklijst")
                .matcher(week).find(), "this week's meeting");
        assertTrue(week.contains("Stadskantoor Roosendaal"));

        String personId = given().auth().oauth2(police).when().get("/api/cases/" + caseId).then().extract()
                .path("persons[0].personId");
        for (int finances : new int[]{2, 4}) {
            given().auth().oauth2(police).contentType(ContentType.JSON)
                    .body(Map.of("scores", Map.of("FINANCES", finances, "HOUSING", 3))).when()
                    .post("/api/cases/" + caseId + "/persons/" + personId + "/monitoring").then().statusCode(201);
        }
        String page = given().auth().oauth2(police).header("X-Forwarded-Prefix", "/coveca").when()
                .get("/ui/cases/" + caseId).then().statusCode(200).body(containsString("Plan van aanpak"))
                .body(containsString("Sanne Werklijst")).body(containsString("GGZ Westelijk Noord-Brabant"))
                .body(containsString("Ketenberaad")).body(containsString("Verlopen"))
                .body(containsString("Systeemlid (kind)")).body(containsString("Maatwerk (intensief)"))
                .body(containsString("Regulier")).body(containsString("2 november 1979")).body(containsString("U zelf"))
                .body(containsString("id=\"zvh-logout\"")).body(containsString("<html lang=\"nl\">"))
                .body(not(containsString("1979-11-02"))).body(not(containsString("style="))).extract().asString();
        for (String code : new String[]{"MAATWERK", "REGULAR", "CHILD", "PLANNED"}) {
            assertFalse(Pages.visibleText(page).contains(code), "no raw code " + code + " on the page");
        }
        assertTrue(page.contains("id=\"chart-" + personId + "\" data-rounds=\"2\""), "chart with two rounds");
        assertEquals(2, page.split("<polyline class=\"round\"").length - 1, "one line per round");
        assertTrue(page.contains("<title id=\"chart-" + personId + "-title\">Monitoring leefgebieden van Piet de"
                + " Werklijst: 2 rondes</title>"), "the chart has a Dutch accessible name");
        assertTrue(page.contains(">Financiën</text>") && page.contains("<th scope=\"row\">Financiën</th>"),
                "Dutch life-domain names in the chart and its table");
        assertTrue(Pattern.compile("Ronde 1: \\d{1,2} [a-z]+ \\d{4}").matcher(page).find(),
                "rounds named with Dutch dates");
        assertTrue(page.contains("hx-post=\"/coveca/ui/cases/" + caseId + "/agreements/" + agreementId + "/done\""),
                "the htmx action goes through the gateway prefix");

        given().auth().oauth2(police).when().post("/ui/cases/" + caseId + "/agreements/" + agreementId + "/done").then()
                .statusCode(200).body(containsString("Afgerond")).body(not(containsString("<button")))
                .header("HX-Trigger",
                        equalTo("{\"zvhNotice\":\"Afspraak afgerond: Aanvraag beschermd wonen indienen\"}"));
        given().auth().oauth2(police).when().post("/ui/cases/" + caseId + "/agreements/" + agreementId + "/done").then()
                .statusCode(422).contentType(containsString("text/html")).body(containsString("role=\"alert\""))
                .body(containsString("Deze afspraak was al afgerond")).body(not(containsString("<button")));
        given().auth().oauth2(police).when().post("/ui/cases/" + caseId + "/agreements/" + UUID.randomUUID() + "/done")
                .then().statusCode(404);

        String closing = CaseRequestsForTests.open(police, "Afsluiting");
        String pending = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("description", "Schoolgang bespreken", "ownerOrganisation", "Leerplicht", "dueDate",
                        LocalDate.now().plusDays(7).toString()))
                .when().post("/api/cases/" + closing + "/plan/agreements").then().statusCode(200).extract()
                .path("agreements[0].id");
        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + closing + "/closure").then().statusCode(200);
        given().auth().oauth2(police).when().get("/ui/cases/" + closing).then().statusCode(200)
                .body(containsString("Situatie stabiel")).body(not(containsString("hx-post")));
        given().auth().oauth2(police).when().post("/ui/cases/" + closing + "/agreements/" + pending + "/done").then()
                .statusCode(422).body(containsString("afspraken kunnen niet meer worden gewijzigd"))
                .body(not(containsString("<button")));

        given().auth().oauth2(police).header("Accept-Language", "en").when().get("/ui").then().statusCode(200)
                .body(containsString("My cases")).body(containsString("Tailored (intensive)"))
                .body(containsString("<html lang=\"en\">"));
        given().auth().oauth2(Tokens.housingDirector()).when().get("/ui/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(Tokens.housingDirector()).when().get("/ui").then().statusCode(200)
                .body(not(containsString(caseId)));
        given().auth().oauth2(Tokens.analyst()).when().get("/ui").then().statusCode(403);
        given().when().get("/ui").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("coordinator", "ZVH De Markiezaten", "markiezaten", "process-director"))
                .when().get("/ui?tab=all").then().statusCode(200).body(containsString("Piet de Werklijst"));
    }
}
