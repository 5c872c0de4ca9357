package nl.zvh.deploy.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.zvh.deploy.e2e.Browser;
import nl.zvh.deploy.e2e.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 17's error pages: in a browser session of a police referrer, the gateway's {@code /error/{status}} answers
 * each of 400, 403, 404, 409, 413, 429, 500, 502, 503, 504 with that status, as an HTML page in the shell (the same
 * checks as every page: lang nl, header with name and logout, breadcrumb, one h1, axe-clean, no English or raw text),
 * with a Dutch heading and a link back. The same holds for errors that happen for real: a programme the role may not
 * open (the service's 403), a gateway page it may not open (403), a path that does not exist and a referral that
 * does not exist (404), and an API address opened in the browser. The browser never shows problem+json. All findings fail the test once; screenshots are target/screenshots/error__*.png.
 */
@ExtendWith(LocalStack.class)
class ErrorPagesRenderInTheShellIT {
    static final List<Integer> STATUSES = List.of(400, 403, 404, 409, 413, 429, 500, 502, 503, 504);

    @Test
    void everyErrorPageAndTheRealOnesAreDutchPagesInTheShell() {
        Findings findings = new Findings(getClass().getSimpleName());
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            Login.as(page, "politie-referrer", "/");
            for (int status : STATUSES) {
                errorPage(page, "/error/" + status, Set.of(status), findings);
            }
            // for real: the referrer's role does not open CoVeCa (the service answers 403), and two things that are not
            errorPage(page, "/coveca/ui/", Set.of(403), findings);
            errorPage(page, "/privacy", Set.of(403), findings);
            errorPage(page, "/does-not-exist", Set.of(404), findings);
            errorPage(page, "/intake/ui/referrals/" + UUID.randomUUID(), Set.of(404), findings);
            // an API address typed into the browser: an API takes bearer tokens, not the browser's session, so the
            // page may not know the user (no name or logout in the header), but it is still a Dutch page, never JSON
            errorPage(page, "/intake/api/referrals/" + UUID.randomUUID(), Set.of(401, 403, 404), findings);
        }
        findings.assertNone();
    }

    @SuppressWarnings("unchecked")
    static void errorPage(Page page, String path, Set<Integer> expected, Findings findings) {
        String role = "politie-referrer";
        Response response = page.navigate(LocalStack.GATEWAY + path);
        EveryPageOfEveryRoleRendersInTheShellIT.settle(page);
        findings.seen(role, path);
        int status = response == null ? -1 : response.status();
        if (!expected.contains(status)) {
            findings.add(role, path, "status: HTTP " + status + " instead of " + expected);
        }
        String type = response == null ? "" : String.valueOf(response.headerValue("content-type"));
        if (!type.startsWith("text/html")) {
            findings.add(role, path, "not a page: the browser got " + type + " (never problem+json)");
        }
        if (!page.url().startsWith(LocalStack.GATEWAY + "/")) {
            findings.add(role, path, "left the gateway: ended at " + page.url());
            return;
        }
        boolean api = path.contains("/api/");
        findings.addAll(role, path, ShellPage.check(page).stream()
                .filter(f -> !(api && (f.contains("#zvh-user") || f.contains("#zvh-logout")))).toList());
        Map<String, Object> facts = (Map<String, Object>) page.evaluate("() => ({"
                + " h1: [...document.querySelectorAll('h1')].map(h => h.innerText.trim()).join(' / '),"
                + " back: [...document.querySelectorAll('main a[href]')].filter(a => a.origin === location.origin"
                + "   && a.innerText.trim() && a.pathname !== location.pathname).map(a => a.innerText.trim())" + "})");
        String h1 = (String) facts.get("h1");
        if (h1.isBlank()) {
            findings.add(role, path, "heading: no h1 saying what went wrong");
        } else if (!ShellPage.ENGLISH_ERROR.matcher(h1).results().toList().isEmpty()
                || h1.matches("(?i).*\\b(error|page|not|found)\\b.*")) {
            findings.add(role, path, "heading: not Dutch: \"" + h1 + "\"");
        }
        if (((List<String>) facts.get("back")).isEmpty()) {
            findings.add(role, path, "way back: no link back (to the programme or the start page) in the page");
        }
        Browser.screenshot(page, "error__" + EveryPageOfEveryRoleRendersInTheShellIT.slug(path));
    }
}
