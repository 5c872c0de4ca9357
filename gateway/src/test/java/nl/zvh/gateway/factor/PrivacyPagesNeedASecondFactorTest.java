package nl.zvh.gateway.factor;

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
 * The gateway itself checks the second factor of a privacy officer (amr otp), not only Keycloak: a privacy officer
 * logged in with a password alone sees a Dutch page in the shell explaining how to log in again, and an API client a
 * 403 problem; the same officer logged in with a code opens the pages.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class PrivacyPagesNeedASecondFactorTest {
    private final String passwordOnly = Tokens.keycloakStyle("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");
    private final String withCode = Tokens.withSecondFactor("fg", "ZVH De Markiezaten", "markiezaten",
            "privacy-officer");

    @Test
    void passwordOnlyGetsTheDutchSecondFactorPage() {
        for (String page : new String[]{"/privacy", "/privacy/access-log", "/subject-access"}) {
            given().auth().oauth2(passwordOnly).accept("text/html").when().get(page).then().statusCode(403)
                    .contentType(containsString("text/html")).header("Cache-Control", "no-store")
                    .body(allOf(containsString("<html lang=\"nl\""), containsString("id=\"zvh-logout\""),
                            containsString("<h1>Inloggen met een tweede factor nodig</h1>"),
                            containsString("code uit uw authenticator-app"), containsString("href=\"/logout\""),
                            not(containsString("Privacy en logging</h1>"))));
        }
    }

    @Test
    void passwordOnlyApiCallGetsAProblem() {
        given().auth().oauth2(passwordOnly).accept("application/json").when().get("/privacy/audit").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", containsString("second-factor-required")).body("status", equalTo(403));
        given().auth().oauth2(passwordOnly).formParam("bsn", "111222333").when().post("/subject-access/draft").then()
                .statusCode(403).contentType("application/problem+json");
    }

    /** Row 6m: the services' own privacy-officer APIs through the gateway are held to the same rule. */
    @Test
    void passwordOnlyCannotReachTheServicesPrivacyApisThroughTheGateway() {
        for (String api : new String[]{"/intake/api/audit", "/intake/api/audit/verify", "/intake/api/subject",
                "/intake/api/break-glass"}) {
            given().auth().oauth2(passwordOnly).accept("application/json").when().get(api).then().statusCode(403)
                    .contentType("application/problem+json").body("type", containsString("second-factor-required"));
        }
        given().auth().oauth2(withCode).accept("application/json").when().get("/intake/api/audit/verify").then()
                .statusCode(200).body("valid", equalTo(true));
        // other roles and other paths are the services' business, as before
        given().auth().oauth2(passwordOnly).accept("application/json").when().get("/intake/api/referrals").then()
                .statusCode(org.hamcrest.Matchers.not(403));
    }

    @Test
    void withACodeTheSubjectAccessPageOpens() {
        given().auth().oauth2(withCode).accept("text/html").when().get("/subject-access").then().statusCode(200)
                .body(containsString("<h1>Inzageverzoek (AVG art. 15)</h1>"));
    }

    @Test
    void otherRolesStillGetTheRoleRefusalNotTheSecondFactorPage() {
        given().auth().oauth2(Tokens.keycloakStyle("agent", "Politie", "markiezaten", "referrer")).accept("text/html")
                .when().get("/privacy").then().statusCode(403)
                .body(not(containsString("Inloggen met een tweede factor nodig")));
    }
}
