package nl.zvh.deploy.privacy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.deploy.e2e.Browser;
import nl.zvh.deploy.e2e.LocalStack;
import nl.zvh.deploy.e2e.ServiceDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every form handler of every programme UI (each POST under /{programme}/ui in the services' OpenAPI documents)
 * refuses a post that carries a real browser session but comes from another origin (403 problem
 * "cross-origin-request"), while the same post from the gateway's own origin gets past that check. The session
 * cookie a real login sets is HttpOnly and SameSite=Lax. Issue 23, attack 6i: a cross-site link or form cannot make
 * the house privacy officer's session compose or release a data-subject export (no GET runs one; the gateway's own
 * privacy forms refuse other origins like the programmes' forms).
 */
@ExtendWith(LocalStack.class)
class EveryUiFormRefusesCrossOriginPostsIT {

    @Test
    void crossOriginFormPostsWithARealSessionAreRefusedEverywhere() throws Exception {
        List<String> forms = uiPosts();
        assertTrue(forms.size() >= 15, "the UIs' form handlers: " + forms);
        String cookieHeader;
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/intake/ui");
            Browser.logIn(page, "politie-referrer");
            page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + "/intake/ui"));
            List<Cookie> cookies = page.context().cookies(LocalStack.GATEWAY);
            Cookie session = cookies.stream().filter(c -> c.name.startsWith("q_session")).findFirst().orElseThrow();
            assertTrue(session.httpOnly, "session cookie is HttpOnly");
            assertEquals(SameSiteAttribute.LAX, session.sameSite, "session cookie is SameSite=Lax");
            cookieHeader = String.join("; ", cookies.stream().map(c -> c.name + "=" + c.value).toList());
        }
        List<String> unguarded = new ArrayList<>();
        for (String path : forms) {
            Response foreign = given().baseUri(LocalStack.GATEWAY).redirects().follow(false)
                    .header("Cookie", cookieHeader).header("Origin", "https://evil.example")
                    .contentType("application/x-www-form-urlencoded").formParam("x", "1").post(path);
            if (foreign.statusCode() != 403 || !foreign.asString().contains("cross-origin-request")) {
                unguarded.add(path + " -> " + foreign.statusCode());
            }
            Response own = given().baseUri(LocalStack.GATEWAY).redirects().follow(false).header("Cookie", cookieHeader)
                    .header("Origin", LocalStack.GATEWAY).contentType("application/x-www-form-urlencoded")
                    .formParam("x", "1").post(path);
            assertTrue(!own.asString().contains("cross-origin-request"), path + " same origin passes the check");
        }
        assertEquals(List.of(), unguarded, "form handlers reachable cross-origin with a session");
        System.out.println("[Csrf] " + forms.size() + " UI form handlers refuse cross-origin posts: " + forms);
    }

    @Test
    void aCrossSiteLinkOrFormRunsNoSubjectExportInThePrivacyOfficersSession() throws Exception {
        String cookieHeader;
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/subject-access");
            Browser.logIn(page, "markiezaten-privacy-officer");
            page.waitForSelector("#otp");
            page.fill("#otp", nl.zvh.deploy.e2e.Totp.now(nl.zvh.deploy.e2e.Totp.DEMO_SECRET));
            page.click("#kc-login");
            page.waitForSelector("#subject-access");
            cookieHeader = String.join("; ",
                    page.context().cookies(LocalStack.GATEWAY).stream().map(c -> c.name + "=" + c.value).toList());
        }
        String person = UUID.randomUUID().toString();
        for (String link : List.of("/subject-access/draft", "/subject-access/release.json",
                "/subject-access/release.pdf")) {
            // what an <img src> or a link on another site would send: a GET with the session cookie
            Response clicked = given().baseUri(LocalStack.GATEWAY).redirects().follow(false)
                    .header("Cookie", cookieHeader).queryParam("personId", person).queryParam("reviewed", "true")
                    .get(link);
            assertEquals(405, clicked.statusCode(), link + " runs nothing on a GET: " + clicked.asString());
            // and a form on another site posting there
            Response posted = given().baseUri(LocalStack.GATEWAY).redirects().follow(false)
                    .header("Cookie", cookieHeader).header("Origin", "https://evil.example")
                    .contentType("application/x-www-form-urlencoded").formParam("personId", person)
                    .formParam("reviewed", "true").post(link);
            assertEquals(403, posted.statusCode(), link + " from another origin");
            assertTrue(posted.asString().contains("cross-origin-request"), posted.asString());
        }
    }

    private static List<String> uiPosts() throws Exception {
        List<String> posts = new ArrayList<>();
        for (String programme : ServiceDocuments.PORTS.keySet()) {
            JsonNode doc = ServiceDocuments.of(programme); // the pages are in the service's own document only
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> p = paths.next();
                if (p.getKey().startsWith("/ui") && p.getValue().has("post")) {
                    posts.add("/" + programme + p.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                }
            }
        }
        return posts;
    }
}
