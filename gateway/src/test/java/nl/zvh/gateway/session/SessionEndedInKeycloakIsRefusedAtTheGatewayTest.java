package nl.zvh.gateway.session;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.zvh.gateway.support.GatewayTestResources;
import nl.zvh.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's back-channel logout (a session ended in another tab, by an administrator or by logging out) reaches the
 * gateway, which from then on refuses every copy of that session's credentials, not only the first one; the same
 * person's other session and other people go on working. A logout token the realm did not sign changes nothing.
 */
@QuarkusTest
@WithTestResource(value = GatewayTestResources.class, scope = TestResourceScope.GLOBAL)
class SessionEndedInKeycloakIsRefusedAtTheGatewayTest {
    /** The gateway's client id in the test realm (application.properties, %test). */
    private static final String CLIENT = "quarkus-web-app";

    @Test
    void everyCopyOfAnEndedSessionIsRefused() {
        String ended = Tokens.inSession("kc-session-ended", "politie-referrer", "referrer");
        String other = Tokens.inSession("kc-session-other", "politie-referrer", "referrer");
        given().auth().oauth2(ended).when().get("/intake/api/referrals").then().statusCode(200);

        given().formParam("logout_token", Tokens.logoutToken("kc-session-ended", CLIENT)).when()
                .post("/back-channel-logout").then().statusCode(200);

        given().auth().oauth2(ended).when().get("/intake/api/referrals").then().statusCode(401);
        given().auth().oauth2(ended).when().get("/intake/api/referrals").then().statusCode(401);
        given().auth().oauth2(ended).accept("text/html").redirects().follow(false).when().get("/privacy").then()
                .statusCode(401);
        given().auth().oauth2(other).when().get("/intake/api/referrals").then().statusCode(200);
    }

    @Test
    void aLogoutTokenForAnotherClientEndsNothing() {
        String session = Tokens.inSession("kc-session-kept", "politie-referrer", "referrer");
        given().formParam("logout_token", Tokens.logoutToken("kc-session-kept", "another-client")).when()
                .post("/back-channel-logout").then().statusCode(400);
        given().auth().oauth2(session).when().get("/intake/api/referrals").then().statusCode(200);
    }
}
