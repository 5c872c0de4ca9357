package nl.zvh.gateway.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, attack 3: the data-subject export gathers every organisation's data on a person in the house, so only the
 * house's own privacy officer (organisation = the house's staff organisation) composes it. The housing corporation's
 * privacy officer gets 403 (the Dutch page in the shell, a problem for an API client) and nothing is asked of the
 * services; its privacy pages say that they show its own organisation's part only, and do not send it to the export.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class OnlyTheHousesOwnPrivacyOfficerComposesTheExportTest {
    private final String housing = Tokens.withSecondFactor("woonkwartier-privacy-officer", "Woonkwartier",
            "markiezaten", "privacy-officer");
    private final String house = Tokens.withSecondFactor("markiezaten-privacy-officer", "ZVH De Markiezaten",
            "markiezaten", "privacy-officer");
    private final String otherHouse = Tokens.withSecondFactor("zvhh-privacy-officer", "ZVH Haaglanden", "haaglanden",
            "privacy-officer");

    @Test
    void aPartnersPrivacyOfficerIsRefusedTheExport() {
        given().auth().oauth2(housing).accept("application/json").formParam("bsn", "111222333").when()
                .post("/subject-access/draft").then().statusCode(403)
                .contentType(containsString("application/problem+json")).body("status", equalTo(403))
                .body(not(containsString("Berg")));
        given().auth().oauth2(housing).accept("text/html").formParam("bsn", "111222333").when()
                .post("/subject-access/draft").then().statusCode(403).contentType(containsString("text/html"))
                .body(allOf(containsString("<html lang=\"nl\""), not(containsString("Berg"))));
        given().auth().oauth2(housing).accept("text/html").when().get("/subject-access").then().statusCode(403)
                .body(not(containsString("id=\"subject-access\"")));
    }

    @Test
    void theHousesOwnPrivacyOfficerComposesIt() {
        given().auth().oauth2(house).accept("application/json").formParam("bsn", "111222333").when()
                .post("/subject-access/draft").then().statusCode(200)
                .body("services.intake.records[0].lastName", equalTo("Berg"));
        given().auth().oauth2(otherHouse).accept("text/html").when().get("/subject-access").then().statusCode(200)
                .body(containsString("id=\"subject-access\""));
    }

    @Test
    void aPartnersPrivacyPagesSayTheViewIsLimitedToItsOrganisation() {
        given().auth().oauth2(housing).accept("text/html").queryParam("bsn", "111222333").when()
                .get("/privacy/access-log").then().statusCode(200)
                .body(allOf(containsString("id=\"scope-limited\""), containsString("Alleen uw eigen organisatie."),
                        containsString("U ziet wat gebruikers van Woonkwartier deden"),
                        containsString("voor zover uw organisatie die ziet"),
                        not(containsString("De gegevens zelf stelt u samen bij"))));
        given().auth().oauth2(housing).accept("text/html").when().get("/privacy/break-glass").then().statusCode(200)
                .body(containsString("id=\"scope-limited\""));
        given().auth().oauth2(house).accept("text/html").queryParam("bsn", "111222333").when()
                .get("/privacy/access-log").then().statusCode(200)
                .body(allOf(not(containsString("id=\"scope-limited\"")),
                        containsString("De gegevens zelf stelt u samen bij")));
    }
}
