package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19: a CoVeCa case's whole life in four-eyes house haaglanden, on screen through the gateway, no API call for
 * any user step (the overdue job is the clock, run by the functional administrator's job endpoint): the referral is
 * filed on the portal and the table decides CoVeCa; the case waits on ZVH Haaglanden's "Niet toegewezen" tab; the
 * police process director takes it over, involves Parnassia Groep with its contact and a family member, plans and
 * records a meeting, writes a plan with three agreements (one for Parnassia Groep, one due yesterday) that waits for
 * a second director, whom ZVH Haaglanden's process director is: it approves the plan from "Ter goedkeuring"; the
 * Parnassia partner marks its agreement done; the overdue agreement shows on "Verlopen afspraken"; two monitoring
 * rounds show a trend; an escalation is raised and answered; the ZSM scenario prints as PDF; a document is uploaded
 * and downloaded; the closure is asked with its reason and approved by the other director. The police's partner professional (the referrer's organisation, involved
 * from the start) sees the case without Parnassia's agreement; a partner professional of an organisation not involved
 * (GGZ of another house) gets the Dutch 404 page. Every page is screenshot and checked (axe-core, shell).
 */
@ExtendWith(LocalStack.class)
class CaseRunsItsWholeLifeOnScreenIT {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String PARNASSIA = "Parnassia Groep";
    static final String POLICE = "Politie Eenheid Den Haag";
    static final String PARNASSIA_AGREEMENT = "Intake bij Parnassia binnen twee weken";
    static final String OVERDUE_AGREEMENT = "Veiligheidsplan opstellen";

    private final CasePageWalk walk = new CasePageWalk();

    @Test
    void caseRunsItsWholeLifeOnScreen() throws Exception {
        String lastName = "Leven" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            String referralId = TriageDecidesCovecaOnScreen.fileReferral(browser, walk, lastName);
            TriageDecidesCovecaOnScreen.decideCoveca(browser, walk, referralId, lastName);

            Page house = director(browser, "zvhh-process-director", "/coveca/ui/?tab=unassigned");
            String row = "#unassigned tr:has-text('" + lastName + "')";
            for (int i = 0; i < 30 && house.locator(row).count() == 0; i++) {
                house.waitForTimeout(1000);
                house.reload();
            }
            String caseId = house.getAttribute(row, "data-id");
            String casePath = "/coveca/ui/cases/" + caseId;
            walk.looked(house, "issue19-life-05-zvhh-unassigned");

            Page page = director(browser, "haaglanden-process-director", casePath);
            page.waitForSelector("#take-over");
            page.click("#take-over");
            page.waitForURL("**" + casePath + "?saved=*");
            assertEquals(0, page.locator("#take-over").count(), "taken over: no take-over button any more");
            walk.looked(page, "issue19-life-06-taken-over");
            partnerAndFamily(page, casePath);
            meeting(page, casePath);
            plan(page, casePath);
            assertTrue(page.textContent("#plan-version").contains("wacht op goedkeuring"),
                    page.textContent("#plan-version"));
            assertEquals(0, page.locator("#approve-plan").count(), "the director who wrote it cannot approve it");
            walk.looked(page, "issue19-life-09-plan-waits-for-approval");

            approve(house, caseId, casePath, "plan", "issue19-life-10-approvals-plan");
            assertTrue(house.textContent("#plan-version").contains("goedgekeurd"), house.textContent("#plan-version"));
            walk.looked(house, "issue19-life-11-plan-approved");

            Page partner = director(browser, "parnassia-case-partner", casePath);
            partner.waitForSelector("#agreements");
            assertTrue(partner.textContent("#agreements").contains(PARNASSIA_AGREEMENT));
            assertTrue(!partner.textContent("#agreements").contains(OVERDUE_AGREEMENT), "only its own agreements");
            walk.looked(partner, "issue19-life-12-partner-case");
            partner.locator("#agreements tr:has-text('" + PARNASSIA_AGREEMENT + "') button[id^=done-]").click();
            partner.waitForURL("**" + casePath + "?saved=done*");
            assertTrue(partner.textContent("#agreements").contains("Afgerond"), partner.textContent("#agreements"));
            walk.looked(partner, "issue19-life-13-partner-agreement-done");

            given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("haaglanden-functional-admin")).when()
                    .post("/coveca/api/admin/jobs/overdue-agreements").then().statusCode(200);
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=overdue");
            page.waitForSelector("#overdue tr.status-OVERDUE:has-text('" + OVERDUE_AGREEMENT + "')");
            walk.looked(page, "issue19-life-14-worklist-overdue");

            CaseLifeSteps steps = new CaseLifeSteps(walk, page, casePath);
            steps.monitoringTrend();
            steps.escalation();
            steps.zsmPdf();
            steps.document();
            steps.askClosure();
            approve(house, caseId, casePath, "closure", "issue19-life-20-approvals-closure");
            assertTrue(house.textContent("#case-facts").contains("Situatie stabiel"), house.textContent("#case-facts"));
            assertEquals(1, house.locator("#reopen-case").count(), "a closed case offers reopening");
            walk.looked(house, "issue19-life-21-case-closed");

            // the referrer's organisation is involved from the start: its partner sees the case, not Parnassia's part
            Page referrerPartner = director(browser, "haaglanden-case-partner", casePath);
            referrerPartner.waitForSelector("#agreements");
            assertTrue(referrerPartner.textContent("#agreements").contains(OVERDUE_AGREEMENT));
            assertTrue(!referrerPartner.textContent("#agreements").contains(PARNASSIA_AGREEMENT));
            walk.looked(referrerPartner, "issue19-life-22-referrer-organisation-partner");

            Page uninvolved = director(browser, "ggz-case-partner", "/coveca/ui/");
            uninvolved.waitForSelector("h1");
            Response notFound = uninvolved.navigate(LocalStack.GATEWAY + casePath);
            assertEquals(404, notFound.status());
            assertTrue(uninvolved.textContent("h1").contains("Pagina niet gevonden"), uninvolved.textContent("h1"));
            assertTrue(!uninvolved.content().contains(lastName), "nothing of the case is shown");
            walk.looked(uninvolved, "issue19-life-23-uninvolved-not-found");
        }
        assertTrue(walk.findings.isEmpty(), String.join("\n", walk.findings));
    }

    /** A page of its own for {@code user}, logged in at {@code path}. */
    private static Page director(Browser browser, String user, String path) {
        Page page = browser.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(LocalStack.GATEWAY + path);
        Browser.logIn(page, user);
        page.waitForSelector("h1");
        return page;
    }

    /**
     * The other director opens the case from "Ter goedkeuring" by the item of {@code section} (plan or closure) and
     * approves what waits there.
     */
    private void approve(Page house, String caseId, String casePath, String section, String screenshot) {
        String item = "#approvals-list li[data-case='" + caseId + "'] a[href*='open=" + section + "']";
        house.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=approvals");
        house.waitForSelector(item);
        walk.looked(house, screenshot);
        house.click(item);
        house.waitForSelector("#approve-" + section);
        walk.submit(house, "#approve-" + section, casePath);
    }

    private void partnerAndFamily(Page page, String casePath) {
        CasePageWalk.section(page, "partners");
        page.fill("#partnerOrganisation", PARNASSIA);
        page.fill("#partnerContactName", "S. el Amrani");
        page.fill("#partnerContactEmail", "s.elamrani@example.org");
        walk.submit(page, "#add-partner button[type=submit]", casePath);
        assertTrue(page.textContent("#partners").contains("S. el Amrani"));
        CasePageWalk.section(page, "persons");
        page.fill("#personFirstName", "Daan");
        page.fill("#personLastName", "Leven");
        page.fill("#personDateOfBirth", "2014-03-09");
        page.selectOption("#personRelation", "CHILD");
        walk.submit(page, "#add-person button[type=submit]", casePath);
        assertTrue(page.textContent("#persons").contains("Daan Leven"));
        walk.looked(page, "issue19-life-07-partner-and-family-member");
    }

    private void meeting(Page page, String casePath) {
        ZonedDateTime held = ZonedDateTime.now(NL).minusMinutes(10);
        CasePageWalk.section(page, "meetings");
        page.selectOption("#meetingKind", "NETWORK_MEETING");
        page.fill("#meetingDate", held.toLocalDate().toString());
        page.fill("#meetingTime", held.format(DateTimeFormatter.ofPattern("HH:mm")));
        page.fill("#meetingLocation", "ZVH Haaglanden");
        page.fill("#meetingAgenda", "Kennismaking en plan van aanpak");
        page.fill("#meetingInvitees", POLICE + ", wijkagent\n" + PARNASSIA + ", S. el Amrani");
        walk.submit(page, "#plan-meeting button[type=submit]", casePath);
        page.click("#meetings article.meeting h3 a");
        page.waitForSelector("#record-minutes");
        page.check("#attended-0");
        page.check("#attended-1");
        page.selectOption("#clientPresent", "false");
        page.fill("#minutes", "Veiligheid thuis besproken; behandeling bij Parnassia en een veiligheidsplan.");
        page.fill("#decisions", "Veiligheidsplan opstellen\nIntake bij Parnassia");
        page.click("#record-submit");
        page.waitForSelector("section#minutes");
        walk.looked(page, "issue19-life-08-meeting-recorded");
        page.navigate(LocalStack.GATEWAY + casePath);
    }

    private void plan(Page page, String casePath) {
        CasePageWalk.section(page, "plan");
        page.selectOption("#goalDomain", "DOMESTIC_RELATIONS");
        page.fill("#goalDescription", "Een veilige thuissituatie voor het gezin");
        walk.submit(page, "#add-goal button[type=submit]", casePath);
        agreement(page, casePath, PARNASSIA_AGREEMENT, PARNASSIA, 14);
        agreement(page, casePath, OVERDUE_AGREEMENT, POLICE, -1);
        agreement(page, casePath, "Huisbezoek wijkagent", POLICE, 7);
        assertEquals(3, page.locator("#agreements tbody tr").count());
    }

    private void agreement(Page page, String casePath, String description, String organisation, int dueInDays) {
        CasePageWalk.section(page, "plan");
        page.fill("#agreementDescription", description);
        page.selectOption("#agreementOrganisation", organisation);
        page.fill("#agreementDueDate", LocalDate.now(NL).plusDays(dueInDays).toString());
        page.selectOption("#agreementGoal", new SelectOption().setIndex(1));
        walk.submit(page, "#add-agreement button[type=submit]", casePath);
    }

    /** A small PDF to upload as the consent form. */
    static Path consentPdf() throws java.io.IOException {
        Path file = Files.createTempFile("toestemming-", ".pdf");
        Files.write(file,
                "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return file;
    }
}
