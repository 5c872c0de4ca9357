package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attacks on tokens and sessions, on the stack's real Keycloak through the gateway: a token the realm issued to
 * another client (no platform audience) is refused by the gateway and by a service; a session cookie copied before
 * logging out, or kept in another tab when an administrator ends the session, no longer opens a page; a privacy
 * officer whose login skipped the second factor (a password-only flow on another client) is shown the Dutch
 * second-factor page instead of the privacy pages, while the real login with a code opens them.
 */
@ExtendWith(LocalStack.class)
class TokensAndSessionsStayWithThePlatformIT {
    private static final String INTAKE = "http://127.0.0.1:" + (8081 + LocalStack.PORT_OFFSET);
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aTokenOfAnotherClientOfTheRealmIsRefused() {
        String client = "vreemde-client-" + SUFFIX;
        RealmAdmin.createClient(client, "vreemd-geheim-" + SUFFIX, Map.of());
        String stranger = Keycloak.clientToken(client, "vreemd-geheim-" + SUFFIX);
        given().auth().oauth2(stranger).when().get(LocalStack.GATEWAY + "/intake/api/referrals").then().statusCode(401);
        given().auth().oauth2(stranger).when().get(INTAKE + "/api/referrals").then().statusCode(401);
        given().auth().oauth2(Keycloak.userToken("politie-referrer")).when()
                .get(LocalStack.GATEWAY + "/intake/api/referrals").then().statusCode(200);
    }

    @Test
    void aSessionCookieCopiedBeforeLogoutIsRefusedAfterIt() {
        try (Browser browser = new Browser()) {
            Page page = loggedIn(browser, "politie-referrer");
            List<Cookie> copied = page.context().cookies();
            page.click("#zvh-logout");
            page.waitForLoadState();

            Page thief = browser.newPage();
            thief.context().addCookies(copied);
            thief.navigate(LocalStack.GATEWAY + "/intake/ui/");
            assertTrue(thief.url().startsWith(LocalStack.KEYCLOAK),
                    "the copied cookie leads to the login page: " + thief.url());
            thief.navigate(LocalStack.GATEWAY + "/intake/ui/");
            assertTrue(thief.url().startsWith(LocalStack.KEYCLOAK), "and again: " + thief.url());
        }
    }

    @Test
    void aSessionEndedInKeycloakIsRefusedInTheOtherTab() {
        try (Browser browser = new Browser()) {
            String username = "sessie-" + SUFFIX; // its own user: ending its sessions touches no other test
            RealmAdmin.createUser(username, "referrer");
            Page tab = loggedIn(browser, username);
            RealmAdmin.logOutEverywhere(username);
            tab.navigate(LocalStack.GATEWAY + "/intake/ui/");
            assertTrue(tab.url().startsWith(LocalStack.KEYCLOAK),
                    "back-channel logout reached the gateway: " + tab.url());
        }
    }

    @Test
    void aPrivacyOfficerWithoutTheSecondFactorGetsTheDutchPage() {
        String client = "alleen-wachtwoord-" + SUFFIX;
        String flow = RealmAdmin.passwordOnlyFlow("alleen-wachtwoord-flow-" + SUFFIX);
        RealmAdmin.createClient(client, "geheim-" + SUFFIX,
                Map.of("directAccessGrantsEnabled", true, "serviceAccountsEnabled", false,
                        "authenticationFlowBindingOverrides", Map.of("direct_grant", flow), "protocolMappers",
                        List.of(RealmAdmin.platformAudienceMapper(), RealmAdmin.amrMapper())));
        String passwordOnly = given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("client_secret", "geheim-" + SUFFIX).formParam("username", "politie-privacy-officer")
                .formParam("password", "demo").when().post(Keycloak.TOKEN_URL).then().statusCode(200).extract()
                .path("access_token");
        given().auth().oauth2(passwordOnly).accept("text/html").when().get(LocalStack.GATEWAY + "/privacy").then()
                .statusCode(403).body(containsString("Inloggen met een tweede factor nodig"));
        given().auth().oauth2(passwordOnly).when().get(LocalStack.GATEWAY + "/privacy/audit").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Keycloak.privacyOfficerToken("politie-privacy-officer")).when()
                .get(LocalStack.GATEWAY + "/privacy/audit").then().statusCode(200);
    }

    private static Page loggedIn(Browser browser, String username) {
        Page page = browser.newPage();
        page.navigate(LocalStack.GATEWAY + "/intake/ui/");
        Browser.logIn(page, username);
        page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + "/intake/ui"));
        page.waitForLoadState();
        return page;
    }
}
