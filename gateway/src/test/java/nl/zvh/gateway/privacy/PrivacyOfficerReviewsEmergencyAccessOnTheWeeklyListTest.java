package nl.zvh.gateway.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.FakeUpstream;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Break-glass with oversight (issue 23): the privacy officer's overview says at once how many emergency grants wait
 * for review and links to the weekly list; the list names who by the name people read; the review form refuses a
 * missing verdict and "not justified" without a note in Dutch at the field (422, the choice kept), then posts the
 * review to the service that holds the grant with the officer's token, and the list shows it reviewed. A grant that
 * waited longer than a week is an alert on both pages, not a count among others.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class PrivacyOfficerReviewsEmergencyAccessOnTheWeeklyListTest {
    private final String officer = Tokens.withSecondFactor("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");
    private final String referrer = Tokens.keycloakStyle("agent", "Politie", "markiezaten", "referrer");
    private final String reviewPage = "/privacy/break-glass/intake/" + FakeUpstream.REVIEWED_GRANT;

    /** The test profile gives a service one second; the fake service's first answers of a run may take longer. */
    @BeforeEach
    void warmUp() {
        FakeUpstream.review = null;
        FakeUpstream.overdueGrant = false;
        given().auth().oauth2(officer).when().get("/privacy/audit");
    }

    @Test
    void theOfficerSeesTheCountAndReviewsAGrant() {
        given().auth().oauth2(officer).accept("text/html").when().get("/privacy").then().statusCode(200)
                .body(allOf(containsString("id=\"grants-to-review\""),
                        containsString("2 noodtoegangen wachten op beoordeling."),
                        containsString("<a href=\"/privacy/break-glass\">Naar de beoordelingslijst</a>")));
        String list = given().auth().oauth2(officer).accept("text/html").when().get("/privacy/break-glass").then()
                .statusCode(200).extract().asString();
        String row = row(list, FakeUpstream.REVIEWED_GRANT);
        assertTrue(
                row.contains("Petra Jansen") && row.contains("Politie Zeeland-West-Brabant")
                        && !row.contains("politie-process-director"),
                "the name people read, not the login name: " + row);
        assertTrue(row.contains("href=\"" + reviewPage + "\""), row);

        given().auth().oauth2(officer).accept("text/html").when().get(reviewPage).then().statusCode(200)
                .body(allOf(containsString("<h1>Noodtoegang beoordelen</h1>"),
                        containsString("Melding van acuut geweld in de woning"), containsString("id=\"review-form\""),
                        containsString("Gerechtvaardigd"), containsString("Niet gerechtvaardigd")));
        given().auth().oauth2(officer).accept("text/html").formParam("note", "").when().post(reviewPage).then()
                .statusCode(422).body(containsString("Kies of de noodtoegang gerechtvaardigd was."));
        given().auth().oauth2(officer).accept("text/html").formParam("verdict", "NOT_JUSTIFIED").formParam("note", " ")
                .when().post(reviewPage).then().statusCode(422)
                .body(allOf(containsString("Schrijf waarom de noodtoegang niet gerechtvaardigd was."),
                        containsString("value=\"NOT_JUSTIFIED\" selected")));
        assertEquals(null, FakeUpstream.review, "a refused form reaches no service");

        given().auth().oauth2(officer).accept("text/html").redirects().follow(false)
                .formParam("verdict", "NOT_JUSTIFIED").formParam("note", "Geen noodgeval: overleg kon wachten").when()
                .post(reviewPage).then().statusCode(303)
                .header("Location", endsWith("/privacy/break-glass?reviewed=" + FakeUpstream.REVIEWED_GRANT));
        assertEquals("NOT_JUSTIFIED", FakeUpstream.review.getString("verdict"));
        assertEquals("Geen noodgeval: overleg kon wachten", FakeUpstream.review.getString("note"));
        assertTrue(FakeUpstream.review.getBoolean("tokenForwarded"), "the officer's own token reaches the service");

        String after = given().auth().oauth2(officer).accept("text/html")
                .queryParam("reviewed", FakeUpstream.REVIEWED_GRANT).when().get("/privacy/break-glass").then()
                .statusCode(200).body(allOf(containsString("Uw beoordeling is vastgelegd."),
                        containsString("1 noodtoegang wacht op beoordeling.")))
                .extract().asString();
        String reviewed = row(after, FakeUpstream.REVIEWED_GRANT);
        assertTrue(
                reviewed.contains("Niet gerechtvaardigd</strong>: Geen noodgeval: overleg kon wachten")
                        && reviewed.contains("door fg op 6 december 2026 16:00") && !reviewed.contains("review-link"),
                reviewed);

        given().auth().oauth2(officer).accept("text/html").formParam("verdict", "JUSTIFIED").when().post(reviewPage)
                .then().statusCode(409)
                .body(allOf(containsString("Niet gerechtvaardigd"), not(containsString("id=\"review-form\""))));
        given().auth().oauth2(officer).accept("text/html").when().get("/privacy/break-glass/nowhere/g-1").then()
                .statusCode(404);
        given().auth().oauth2(referrer).accept("text/html").when().get(reviewPage).then().statusCode(403);
    }

    @Test
    void aGrantUnreviewedForMoreThanAWeekIsAnAlert() {
        FakeUpstream.overdueGrant = true;
        try {
            given().auth().oauth2(officer).accept("text/html").when().get("/privacy").then().statusCode(200)
                    .body(allOf(containsString("id=\"grants-overdue\""), containsString("role=\"alert\""),
                            containsString("1 noodtoegang wacht al langer dan een week op beoordeling."),
                            not(containsString("id=\"grants-to-review\""))));
            given().auth().oauth2(officer).accept("text/html").when().get("/privacy/break-glass").then().statusCode(200)
                    .body(allOf(containsString("3 noodtoegangen wachten op beoordeling."),
                            containsString("id=\"grants-overdue\""),
                            containsString("1 noodtoegang wacht al langer dan een week op beoordeling.")));
        } finally {
            FakeUpstream.overdueGrant = false;
        }
        given().auth().oauth2(officer).accept("text/html").when().get("/privacy").then().statusCode(200)
                .body(allOf(containsString("id=\"grants-to-review\""), not(containsString("grants-overdue"))));
    }

    private static String row(String page, String grantId) {
        int start = page.indexOf("<tr class=\"break-glass");
        start = page.indexOf("id=\"grant-" + grantId + "\"", start);
        assertTrue(start > 0, "the grant is listed: " + page);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
