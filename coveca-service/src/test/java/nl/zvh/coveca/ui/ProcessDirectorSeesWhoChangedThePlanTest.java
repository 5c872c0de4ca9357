package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The plan's history on the case page says what changed (in words), about which agreement and who did it — "U zelf"
 * for the reader's own changes, another director by name or as "Een andere procesregisseur", never a login name —
 * newest first.
 */
@QuarkusTest
class ProcessDirectorSeesWhoChangedThePlanTest {

    @Test
    void historySaysWhoChangedWhat() {
        String police = Tokens.thirdPoliceDirector();
        String caseId = CaseRequestsForTests.open(police, "Plangeschiedenis");
        List<Map<String, Object>> agreements = given().auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("description", "Schuldhulp aanvragen", "ownerOrganisation", "GGZ Westelijk Noord-Brabant",
                        "dueDate", LocalDate.now().plusWeeks(3).toString()))
                .when().post("/api/cases/" + caseId + "/plan/agreements").then().statusCode(200).extract()
                .path("agreements");
        String agreementId = agreements.get(0).get("id").toString();
        given().auth().oauth2(Tokens.secondPoliceDirector()).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE")).when()
                .put("/api/cases/" + caseId + "/plan/agreements/" + agreementId + "/status").then().statusCode(200);

        String page = given().auth().oauth2(police).when().get("/ui/cases/" + caseId).then().statusCode(200).extract()
                .asString();
        int start = page.indexOf("<details id=\"plan-history\">");
        assertTrue(start > 0, "the plan has a history");
        String history = Pages.visibleText(page.substring(start, page.indexOf("</details>", start))).replaceAll("\\s+",
                " ");
        int done = history.indexOf("Afspraak afgerond Schuldhulp aanvragen Een andere procesregisseur");
        int added = history.indexOf("Afspraak toegevoegd Schuldhulp aanvragen U zelf");
        assertTrue(done > 0 && added > done, "newest first, with what, about what and who: " + history);
        assertFalse(history.contains("politie-process-director"), "never a login name: " + history);
    }
}
