package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text with markup is legitimate input (a referrer may quote a message) and is stored as typed; in a real browser the
 * referrer's portal and the triage file show it literally and none of it runs: no dialog opens, no element is made.
 */
@ExtendWith(LocalStack.class)
class MarkupInStoredTextIsShownEscapedIT {
    static final String QUESTION = "Bericht: <script>alert('xss-script')</script><img src=x onerror=alert('xss-img')>"
            + " \"><svg onload=alert('xss-svg')> {7*7} ${7*7}";

    @Test
    void referralQuestionWithMarkupIsShownLiterallyAndNothingRuns() {
        Map<String, Object> referral = new HashMap<>(ReferralReachesTriageQueueThroughGatewayIT.referral());
        referral.put("question", QUESTION);
        String id = given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("politie-referrer"))
                .contentType(ContentType.JSON).body(referral).when().post("/intake/api/referrals").then()
                .statusCode(201).extract().path("id");

        List<String> dialogs = new CopyOnWriteArrayList<>();
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(LocalStack.GATEWAY + "/intake/ui/referrals/" + id);
            Browser.logIn(page, "politie-referrer");
            page.waitForURL(LocalStack.GATEWAY + "/intake/ui/referrals/" + id);
            assertShownLiterally(page, "markup-intake-portal");
            page.context().clearCookies();

            page.navigate(LocalStack.GATEWAY + "/triage/ui/referrals/" + id);
            Browser.logIn(page, "politie-triage-chair");
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                page.navigate(LocalStack.GATEWAY + "/triage/ui/referrals/" + id);
                return page.content().contains("xss-script");
            });
            assertShownLiterally(page, "markup-triage-file");
        }
        assertEquals(List.of(), dialogs, "no script of the stored text ran");
    }

    private static void assertShownLiterally(Page page, String screenshot) {
        page.waitForLoadState();
        page.waitForTimeout(500); // give any injected handler (onerror, onload) the chance to fire
        Browser.screenshot(page, screenshot);
        String text = page.innerText("body");
        assertTrue(text.contains("<script>alert('xss-script')</script>"), "script tag shown as text: " + text);
        assertTrue(text.contains("<img src=x onerror=alert('xss-img')>"), "img tag shown as text");
        assertEquals(0, page.locator("img[src='x']").count(), "no img element created from the text");
        assertEquals(0, page.locator("svg[onload]").count(), "no svg element created from the text");
        assertEquals(0,
                (int) page.evaluate("() => [...document.scripts].filter(s => s.textContent.includes('xss')).length"),
                "no script element created from the text");
    }
}
