package nl.zvh.coveca.ui;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import nl.zvh.coveca.Tokens;
import nl.zvh.coveca.cases.CaseRequestsForTests;
import org.junit.jupiter.api.Test;

/**
 * The case page is grouped into collapsible sections with their headings: an open case shows its plan open and the
 * rest closed; after a save the section just saved is the open one; a refused form opens the section holding it;
 * a closed case shows its closure (and reopening) open.
 */
@QuarkusTest
class CasePageOpensOnlyTheSectionAtHandTest {
    static final String CLOSED = "<details id=\"%s\" class=\"zvh-section\">\n  <summary><h2 id=\"%s-heading\">";
    static final String OPEN = "<details id=\"%s\" class=\"zvh-section\" open>\n  <summary><h2 id=\"%s-heading\">";

    @Test
    void theSectionAtHandIsOpen() {
        String police = Tokens.thirdPoliceDirector();
        String caseId = CaseRequestsForTests.open(police, "Secties");
        String page = "/ui/cases/" + caseId;

        given().auth().oauth2(police).when().get(page).then().statusCode(200).body(containsString(open("plan")))
                .body(containsString(closed("persons"))).body(containsString(closed("meetings")))
                .body(containsString(closed("closure")));
        given().auth().oauth2(police).when().get(page + "?saved=meetings").then().statusCode(200)
                .body(containsString(open("meetings"))).body(containsString(closed("plan")))
                .body(containsString("utrecht-alert--ok"));
        given().auth().oauth2(police).redirects().follow(false).formParams(Map.of("personFirstName", "Jet")).when()
                .post(page + "/persons").then().statusCode(422).body(containsString(open("persons")))
                .body(containsString(closed("plan")));

        given().auth().oauth2(police).contentType(ContentType.JSON).body(Map.of("reason", "STABLE")).when()
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);
        given().auth().oauth2(police).when().get(page).then().statusCode(200).body(containsString(open("closure")))
                .body(containsString(closed("plan")));
    }

    private static String open(String id) {
        return OPEN.formatted(id, id);
    }

    private static String closed(String id) {
        return CLOSED.formatted(id, id);
    }
}
