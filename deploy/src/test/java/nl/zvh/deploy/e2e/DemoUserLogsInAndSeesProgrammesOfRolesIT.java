package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real browser: a demo user logs in once at the gateway (Keycloak code flow), sees the programmes of their roles
 * with name, organisation and house, and opens the programme UIs through the gateway with that one session.
 */
@ExtendWith(LocalStack.class)
class DemoUserLogsInAndSeesProgrammesOfRolesIT {

    @Test
    void referrerSeesReferralsButNotTriageAndFollowsOwnReferral() {
        String id = given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("politie-referrer"))
                .contentType(ContentType.JSON).body(ReferralReachesTriageQueueThroughGatewayIT.referral()).when()
                .post("/intake/api/referrals").then().statusCode(201).extract().path("id");
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/");
            assertTrue(page.url().startsWith(LocalStack.KEYCLOAK + "/realms/zvh/"), "redirected to Keycloak");
            Browser.logIn(page, "politie-referrer");
            page.waitForURL(LocalStack.GATEWAY + "/");
            Browser.screenshot(page, "landing-politie-referrer");

            assertTrue(page.textContent("h1").startsWith("Welkom"), page.textContent("h1"));
            assertEquals("Politie Zeeland-West-Brabant", page.textContent("#organisation"));
            assertEquals("Zorg- en Veiligheidshuis De Markiezaten", page.textContent("#house"));
            List<String> tiles = page.locator(".zvh-tiles li").allTextContents().stream().map(String::strip).toList();
            assertEquals(List.of("Aanmelden"), tiles);

            page.click("text=Aanmelden");
            page.waitForURL(LocalStack.GATEWAY + "/intake/ui/");
            page.waitForSelector("tr[data-id='" + id + "']");
            Browser.screenshot(page, "portal-politie-referrer");
            assertTrue(page.textContent("tr[data-id='" + id + "']").contains("Piet de Vries"));
        }
    }

    @Test
    void triageChairSeesTheQueueInTheBrowser() {
        String id = given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("woonkwartier-referrer"))
                .contentType(ContentType.JSON).body(ReferralReachesTriageQueueThroughGatewayIT.referral()).when()
                .post("/intake/api/referrals").then().statusCode(201).extract().path("id");
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/triage/ui/");
            Browser.logIn(page, "politie-triage-chair");
            page.waitForURL(LocalStack.GATEWAY + "/triage/ui/");
            // the queue is paged (urgent first, then oldest): newest first puts this referral on the first page
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                page.navigate(LocalStack.GATEWAY + "/triage/ui/?sort=submitted&dir=desc");
                return page.locator("tr[data-id='" + id + "']").count() == 1;
            });
            Browser.screenshot(page, "triage-queue-politie-triage-chair");
            page.navigate(LocalStack.GATEWAY + "/");
            List<String> tiles = page.locator(".zvh-tiles li").allTextContents().stream().map(String::strip).toList();
            assertEquals(List.of("Aanmelden", "Triage"), tiles);
        }
    }
}
