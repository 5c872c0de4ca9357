package nl.zvh.deploy.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import nl.zvh.deploy.e2e.Browser;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link ShellPage} and {@link Axe} themselves, on two pages made here (no stack needed), each under the
 * platform's Content-Security-Policy: a page with every defect is reported with each of them, a small page in the
 * shell with Dutch text passes without a finding.
 */
class ShellChecksCatchWhatTheyShouldIT {
    private static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">";

    @Test
    void aPageWithEveryDefectIsReportedWithEachOfThem() {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setContent("<!DOCTYPE html><html lang=\"en\"><head>" + CSP + "</head><body>"
                    + "<h1 id=\"t\">Cases</h1><h1 id=\"t\">Other</h1><img src=\"x.png\"><div id=\"wide\">breed</div>"
                    + "<p>Status SUBMITTED, STRICTLY_CONFIDENTIAL, since 2026-12-06T10:00:00Z (born 1979-11-02) by"
                    + " politie-referrer at <a href=\"http://127.0.0.1:8082/triage/ui/\">127.0.0.1:8082</a>;"
                    + " Not Found {\"status\": 404}</p></body></html>");
            page.evaluate("() => { document.getElementById('wide').style.width = '700px'; }"); // CSSOM, not inline
            List<String> findings = ShellPage.check(page);
            String all = String.join("\n", findings);
            for (String expected : List.of("lang: <html lang=\"en\">", "shell: no <title>", "shell: no skip link",
                    "shell: no <header>", "#zvh-user", "#zvh-logout", "#zvh-breadcrumb", "headings: 2 h1",
                    "ids: used by more than one element: [t ×2]", "axe image-alt", "raw code: SUBMITTED",
                    "raw code: STRICTLY_CONFIDENTIAL", "ISO date/time: 2026-12-06T10:00:00Z", "ISO date: 1979-11-02",
                    "username: politie-referrer", "internal address: 127.0.0.1:8082",
                    "internal address: http://127.0.0.1:8082/triage/ui/", "English error text: Not Found",
                    "English error text: \"status\":", "reflow: at 320 px")) {
                assertTrue(all.contains(expected), "expected a finding with '" + expected + "' in:\n" + all);
            }
        }
    }

    @Test
    void theWalkVisitsOnePageOfEachKindAndNoDownloadLogoutOrOtherOrigin() {
        String g = nl.zvh.deploy.e2e.LocalStack.GATEWAY;
        assertEquals(
                EveryPageOfEveryRoleRendersInTheShellIT
                        .shape(g + "/intake/ui/referrals/" + java.util.UUID.randomUUID()),
                EveryPageOfEveryRoleRendersInTheShellIT
                        .shape(g + "/intake/ui/referrals/" + java.util.UUID.randomUUID()));
        assertEquals(EveryPageOfEveryRoleRendersInTheShellIT.shape(g + "/privacy"),
                EveryPageOfEveryRoleRendersInTheShellIT.shape(g + "/privacy?sort=time&dir=desc"));
        assertTrue(!EveryPageOfEveryRoleRendersInTheShellIT.shape(g + "/privacy")
                .equals(EveryPageOfEveryRoleRendersInTheShellIT.shape(g + "/privacy?page=2")));
        for (String skipped : List.of(g + "/logout", g + "/language?lang=en&return=/", g + "/report.csv",
                g + "/report/factsheet.pdf", g + "/api-docs/intake", g + "/q/health", g + "/intake/q/openapi",
                "http://127.0.0.1:1/elsewhere", g + "/privacy/access-log.json")) {
            assertTrue(EveryPageOfEveryRoleRendersInTheShellIT.skip(skipped), skipped);
        }
        assertTrue(!EveryPageOfEveryRoleRendersInTheShellIT.skip(g + "/triage/ui/agenda"));
    }

    @Test
    void aPageInTheShellWithDutchTextHasNoFinding() {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setContent("<!DOCTYPE html><html lang=\"nl\"><head>" + CSP + "<title>Aanmelding · Aanmelden</title>"
                    + "</head><body><a href=\"#main\">Naar de inhoud</a>"
                    + "<header><span id=\"zvh-user\">Sanne de Vries</span> <a id=\"zvh-logout\" href=\"/logout\">Uitloggen</a>"
                    + "</header><nav id=\"zvh-breadcrumb\" aria-label=\"Kruimelpad\"><a href=\"/\">Start</a></nav>"
                    + "<main id=\"main\"><h1>Aanmelding</h1><p>Ingediend op 6 december 2026 14:05 door Sanne de Vries"
                    + " (Politie Zeeland-West-Brabant); status Geagendeerd, BSN bekend, CTER en OM betrokken.</p>"
                    + "<form><label for=\"q\">Vraag</label> <input id=\"q\" name=\"q\"></form></main></body></html>");
            assertEquals(List.of(), ShellPage.check(page));
        }
    }
}
