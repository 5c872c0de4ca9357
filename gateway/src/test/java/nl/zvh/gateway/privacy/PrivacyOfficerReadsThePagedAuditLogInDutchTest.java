package nl.zvh.gateway.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.gateway.support.FakeUpstream;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The privacy officer's audit page renders in the shell, fifty entries a page with the filters kept in the paging
 * links, codes and moments as a person reads them (Dutch words, "6 december 2026 14:05"), the login name shown as
 * such; a search the services would refuse is answered on the page with Dutch messages at the fields.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class PrivacyOfficerReadsThePagedAuditLogInDutchTest {
    private final String officer = Tokens.withSecondFactor("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");
    private final String referrer = Tokens.keycloakStyle("agent", "Politie", "markiezaten", "referrer");

    /** The test profile gives a service one second; the fake service's first answers of a run may take longer. */
    @BeforeEach
    void warmUp() {
        given().auth().oauth2(officer).when().get("/privacy/audit");
    }

    @Test
    void auditEntriesArePagedAndReadInDutch() {
        String page = given().auth().oauth2(officer).accept("text/html").queryParam("action", "READ").when()
                .get("/privacy").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"nl\""), containsString("id=\"zvh-logout\""),
                        containsString("id=\"zvh-breadcrumb\""), containsString("<h1>Privacy en logging</h1>")))
                .extract().asString();
        String entries = page.substring(page.indexOf("<table id=\"entries\""),
                page.indexOf("</table>", page.indexOf("<table id=\"entries\"")));
        assertEquals(PrivacyResource.PAGE_SIZE + 1, count(entries, "<tr"), "a header row and fifty entries");
        assertTrue(entries.contains("6 december 2026 14:05"), "the newest entry in Amsterdam time");
        assertTrue(entries.contains("Inzien") && entries.contains("Noodtoegang") && entries.contains("Procesregisseur")
                && entries.contains("Procesregie") && entries.contains("Aanmelding") && entries.contains("Aanmelden"),
                entries);
        assertTrue(entries.contains("politie-process-director"), "who: the login name the service recorded");
        String text = entries.replaceAll("<[^>]+>", " ");
        assertFalse(text.matches("(?s).*\\b(READ|BREAK_GLASS|SUCCESS|process-direction|offline_access)\\b.*"),
                "no raw codes: " + text);
        assertFalse(text.contains("2026-12-06T"), "no ISO timestamp as text");
        assertTrue(page.contains("class=\"break-glass\""), "break-glass rows marked");
        assertTrue(page.contains("60 logregels gevonden"), page);
        assertTrue(page.contains("Pagina 1 van 2"), "paged");
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(page);
        assertTrue(next.find(), "a link to the next page");
        String href = next.group(1).replace("&amp;", "&");
        assertTrue(href.startsWith("/privacy?") && href.contains("action=READ") && href.contains("page=2"), href);

        String second = given().auth().oauth2(officer).accept("text/html").when().get(href).then().statusCode(200)
                .extract().asString();
        assertTrue(second.contains("Pagina 2 van 2"), "the second page");
        assertTrue(second.contains("<strong class=\"outcome\">Geweigerd</strong>"),
                "the refused access, last, stands out");
        assertTrue(second.contains("value=\"READ\" selected"), "the filter kept in the form");
    }

    @Test
    void sortingByActionPutsTheEmergencyAccessesAfterReading() {
        String page = given().auth().oauth2(officer).accept("text/html").queryParam("sort", "action").when()
                .get("/privacy").then().statusCode(200).extract().asString();
        assertTrue(page.contains("aria-sort=\"ascending\""), "the sorted column says so");
        String body = page.substring(page.indexOf("<tbody>", page.indexOf("<table id=\"entries\"")));
        assertTrue(body.contains("<td>Inzien") && !body.contains("<td>Noodtoegang"),
                "Inzien sorts before Noodtoegang: the first page holds only reading");
    }

    @Test
    void chainsAndGrantsReadAsWords() {
        String page = given().auth().oauth2(officer).accept("text/html").when().get("/privacy").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("<tr class=\"valid\" data-service=\"intake\">"), "intake's chain verified");
        assertTrue(page.contains("<tr class=\"unknown\" data-service=\"triage\">"), "triage does not answer");
        assertTrue(page.contains("de dienst is niet bereikbaar"), page);
        String grants = page.substring(page.indexOf("<table id=\"grants\""));
        assertTrue(grants.contains("Crisis: acuut overleg")
                && grants.contains("Casus complexe casuïstiek") && java.util.regex.Pattern
                        .compile("verlopen op \\d{1,2} [a-z]+ \\d{4} \\d{2}:\\d{2}").matcher(grants).find()
                && !grants.contains("Z</"), grants);
    }

    @Test
    void aSearchTheServicesWouldRefuseIsAnsweredOnThePage() {
        given().auth().oauth2(officer).accept("text/html").queryParam("bsn", "123456789")
                .queryParam("from", "2026-12-06").queryParam("to", "2026-12-01").when().get("/privacy").then()
                .statusCode(400)
                .body(allOf(containsString("id=\"error-summary\""), containsString("Dit is geen geldig BSN"),
                        containsString("De einddatum ligt vóór de begindatum"), containsString("value=\"123456789\""),
                        not(containsString("id=\"entries\""))));
        given().auth().oauth2(officer).accept("text/html").queryParam("person", "not-an-id").when()
                .get("/privacy/access-log").then().statusCode(400)
                .body(containsString("Dit is geen platform-persoons-id"));
    }

    @Test
    void aPersonsAccessLogAndAllGrants() {
        given().auth().oauth2(officer).accept("text/html").when().get("/privacy/access-log").then().statusCode(200)
                .body(allOf(containsString("Inzage per persoon"), not(containsString("id=\"entries\""))));
        given().auth().oauth2(officer).accept("text/html").queryParam("bsn", "111222333").when()
                .get("/privacy/access-log").then().statusCode(200).body(allOf(containsString("id=\"entries\""),
                        containsString("id=\"as-json\""), containsString("/privacy/access-log.json?bsn=111222333")));
        given().auth().oauth2(officer).accept("text/html").when().get("/privacy/break-glass").then().statusCode(200)
                .body(allOf(containsString("id=\"grants\""), containsString("Crisis: acuut overleg")));
        given().auth().oauth2(referrer).accept("text/html").when().get("/privacy").then().statusCode(403);
    }

    @Test
    void theJsonApiKeepsTheServicesCodes() {
        given().auth().oauth2(officer).when().get("/privacy/audit").then().statusCode(200)
                .body("entries.size()", org.hamcrest.Matchers.equalTo(FakeUpstream.AUDIT_ROWS))
                .body("entries[0].action", org.hamcrest.Matchers.equalTo("BREAK_GLASS"))
                .body("entries[0].userName", org.hamcrest.Matchers.equalTo("politie-process-director"));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
