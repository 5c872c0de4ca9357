package nl.zvh.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A browser navigating never reads problem+json, an API client always does; and no service host or port leaves the
 * gateway in a Location header.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class BrowsersGetErrorPagesAndLinksStayOnTheGatewayTest {

    private final String token = Tokens.plain("alice", Set.of("referrer"));

    @Test
    void aServiceProblemBecomesTheDutchErrorPageForABrowser() {
        given().auth().oauth2(token).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").when()
                .get("/intake/api/problem").then().statusCode(404).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"nl\">"), containsString("Pagina niet gevonden"),
                        containsString("id=\"zvh-logout\""), containsString("href=\"/intake/ui/\""),
                        not(containsString("\"detail\"")), not(containsString("Referral 42"))));
    }

    @Test
    void anApiClientStillGetsTheProblem() {
        given().auth().oauth2(token).header("Accept", "application/json").when().get("/intake/api/problem").then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void anHtmxRequestGetsTheAnswerAsItIsForTheScriptToAnnounce() {
        given().auth().oauth2(token).header("Accept", "text/html").header("HX-Request", "true").when()
                .get("/intake/api/problem").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUnreachableServiceIsAnErrorPageInEnglishWhenTheBrowserAsksForEnglish() {
        given().auth().oauth2(token).header("Accept", "text/html").header("Accept-Language", "en-GB,en").when()
                .get("/triage/api/sessions").then().statusCode(502).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"en\">"), containsString("Service not reachable")));
    }

    @Test
    void anUnknownGatewayPathIsTheNotFoundPage() {
        given().auth().oauth2(token).header("Accept", "text/html").when().get("/no-such-page").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Pagina niet gevonden"));
    }

    @Test
    void everyErrorPageCanBeShown() {
        for (int status : new int[]{400, 403, 404, 409, 413, 429, 500, 502, 503, 504}) {
            given().auth().oauth2(token).header("Accept", "text/html").when().get("/error/" + status).then()
                    .statusCode(status).contentType(containsString("text/html"))
                    .body(allOf(containsString("id=\"zvh-error-title\""), containsString("Foutcode " + status)));
        }
        given().auth().oauth2(token).header("Accept", "text/html").when().get("/error/418").then().statusCode(404);
    }

    @Test
    void aLocationOnTheServicesOwnHostBecomesAGatewayPath() {
        given().auth().oauth2(token).redirects().follow(false).when().post("/intake/api/created").then().statusCode(201)
                .header("Location", "/intake/api/referrals/42");
    }

    @Test
    void aLocationAlreadyUnderThePrefixOrOnAnotherSiteIsKept() {
        given().auth().oauth2(token).redirects().follow(false).when().get("/intake/api/moved").then().statusCode(303)
                .header("Location", "/intake/ui/referrals/42");
        given().auth().oauth2(token).redirects().follow(false).when().get("/intake/api/elsewhere").then()
                .statusCode(303).header("Location", "https://example.org/help");
    }
}
