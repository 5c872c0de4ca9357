package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, partners do their part, on screen through the gateway (no API call for the steps): the police's process
 * director opens a case by hand, involves the mental health organisation (GGZ Westelijk Noord-Brabant) and writes
 * an agreement owned by it and one owned by the police, and finds the case again with the worklist's search form
 * by its case number; the GGZ's partner professional (role case-partner) logs in,
 * finds the case on its list, sees its own agreement and not the police's, and marks it done; the process director
 * sees the answer on the worklist's "Antwoorden van partners" tab; a partner professional of the municipality, not
 * involved, gets the Dutch "not found" page for the same address. Every page is screenshot and must pass axe-core
 * (WCAG 2.1 AA) and the shell's checks.
 */
@ExtendWith(LocalStack.class)
class CasePartnerDoesItsPartOnScreenIT {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final Pattern CASE = Pattern.compile("/coveca/ui/cases/([0-9a-f-]{36})");
    static final String GGZ = "GGZ Westelijk Noord-Brabant";
    static final String POLICE = "Politie Zeeland-West-Brabant";
    static final String GGZ_AGREEMENT = "Intake bij de GGZ binnen twee weken";
    static final String POLICE_AGREEMENT = "Wijkagent legt huisbezoek af";

    private final CasePageWalk walk = new CasePageWalk();

    @Test
    void casePartnerDoesItsPartOnScreen() {
        try (Browser browser = new Browser()) {
            Page director = browser.newPage();
            director.setDefaultTimeout(15_000);
            director.navigate(LocalStack.GATEWAY + "/coveca/ui/cases/new");
            Browser.logIn(director, "politie-process-director");
            director.waitForSelector("#mainLastName");
            director.fill("#municipality", "Roosendaal");
            director.selectOption("#intensity", "MAATWERK");
            director.selectOption("#subApproach", "REGULAR");
            director.fill("#mainFirstName", "Ingrid");
            director.fill("#mainLastName", "Partnerwerk");
            director.click("#open-case-submit");
            director.waitForURL("**/coveca/ui/cases/*?saved=*");
            Matcher m = CASE.matcher(director.url());
            assertTrue(m.find(), director.url());
            String casePath = "/coveca/ui/cases/" + m.group(1);

            CasePageWalk.section(director, "partners");
            director.fill("#partnerOrganisation", GGZ);
            director.fill("#partnerContactName", "M. Verhoeven");
            walk.submit(director, "#add-partner button[type=submit]", casePath);
            CasePageWalk.section(director, "plan");
            agreement(director, casePath, GGZ_AGREEMENT, GGZ);
            agreement(director, casePath, POLICE_AGREEMENT, POLICE);
            walk.looked(director, "issue19-partner-01-director-wrote-agreements");
            String number = director.textContent("#case-number").strip();
            director.navigate(LocalStack.GATEWAY + "/coveca/ui/");
            director.fill("#q", number);
            director.click("#case-search-submit");
            director.waitForSelector("#tab-heading");
            assertTrue(director.locator("a[href$='" + casePath + "']").count() > 0, "found by its case number");
            walk.looked(director, "issue19-partner-01b-case-found-by-number");

            Page partner = browser.newPage();
            partner.setDefaultTimeout(15_000);
            partner.navigate(LocalStack.GATEWAY + "/coveca/ui/");
            Browser.logIn(partner, "ggz-case-partner");
            partner.waitForSelector("#partner-cases");
            walk.looked(partner, "issue19-partner-02-partner-cases");
            partner.click("#partner-cases a[href$='" + casePath + "']");
            partner.waitForSelector("#agreements");
            String agreements = partner.textContent("#agreements");
            assertTrue(agreements.contains(GGZ_AGREEMENT), agreements);
            assertFalse(agreements.contains(POLICE_AGREEMENT), "the partner sees only its own agreements");
            assertEquals(0, partner.locator("#add-agreement").count(), "the partner gets no forms of the director");
            walk.looked(partner, "issue19-partner-03-partner-case");
            Locator own = partner.locator("#agreements tr", new Page.LocatorOptions().setHasText(GGZ_AGREEMENT));
            own.locator("button[id^=done-]").click();
            partner.waitForURL("**" + casePath + "?saved=done*");
            assertTrue(partner.textContent("#agreements").contains("Afgerond"), partner.textContent("#agreements"));
            walk.looked(partner, "issue19-partner-04-agreement-done");

            director.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=answers");
            director.waitForSelector("#partner-answers");
            String answers = director.textContent("#partner-answers");
            assertTrue(answers.contains(GGZ_AGREEMENT) && answers.contains("Afgerond"), answers);
            walk.looked(director, "issue19-partner-05-worklist-answers");

            Page uninvolved = browser.newPage();
            uninvolved.setDefaultTimeout(15_000);
            uninvolved.navigate(LocalStack.GATEWAY + "/coveca/ui/");
            Browser.logIn(uninvolved, "gemeente-case-partner");
            uninvolved.waitForSelector("h1");
            assertFalse(uninvolved.content().contains(casePath), "the municipality's list does not show the case");
            Response notFound = uninvolved.navigate(LocalStack.GATEWAY + casePath);
            assertEquals(404, notFound.status());
            assertTrue(uninvolved.textContent("h1").contains("Pagina niet gevonden"), uninvolved.textContent("h1"));
            assertFalse(uninvolved.content().contains("Partnerwerk"), "nothing of the case is shown");
            walk.looked(uninvolved, "issue19-partner-06-uninvolved-not-found");
        }
        assertTrue(walk.findings.isEmpty(), String.join("\n", walk.findings));
    }

    private void agreement(Page page, String casePath, String description, String organisation) {
        page.fill("#agreementDescription", description);
        page.selectOption("#agreementOrganisation", organisation);
        page.fill("#agreementDueDate", LocalDate.now(NL).plusDays(14).toString());
        walk.submit(page, "#add-agreement button[type=submit]", casePath);
        CasePageWalk.section(page, "plan");
    }

}
