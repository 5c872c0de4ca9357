package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CTER outcome "ZVH person-oriented approach" leads somewhere, on screen through the gateway with real Keycloak
 * logins: a police officer's referral is decided for CTER at the triage table (seeded as the other triage walks do);
 * the cter-member finds the person on the register, records a weighing session on screen with the outcome "ZVH-aanpak"
 * (categorising the person), and the register line says it was handed over to the process director. The house's
 * process director then finds a CoVeCa case with sub-approach radicalisation on the worklist (CterApproachHandedOver
 * → CoveCaCaseOpened), after which the CTER register says "ZVH-aanpak gestart". The referrer's own view of the
 * referral never says CTER: it shows the neutral "In behandeling bij het Zorg- en Veiligheidshuis". axe-core finds
 * no WCAG 2.1 AA violation on the pages walked.
 */
@ExtendWith(LocalStack.class)
class CterApproachReachesCovecaOnScreenIT {
    static final String LIFECOURSE = LocalStack.GATEWAY + "/lifecourse/ui";
    static final Duration ARRIVAL = Duration.ofSeconds(45);

    @Test
    void aZvhApproachDecidedByTheCterTeamOpensARadicalisationCase() {
        String lastName = "Aanpak" + UUID.randomUUID().toString().substring(0, 6);
        String person = "Piet " + lastName;
        String referral = TriageStartsCterAndReintegrationThroughGatewayIT.referAndDecide(lastName, "CTER");
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(LIFECOURSE + "/cter");
            Browser.logIn(page, "politie-cter-member");
            page.waitForSelector("#register-heading");
            String line = poll(() -> registerLine(page, person), "the triage-started person on the register");
            assertTrue(line.contains("Integrale triage"), line);
            noViolations(page, "CTER register");

            page.navigate(LIFECOURSE + "/cter");
            page.fill("#sessionDate", today);
            page.fill("#attendees", "Politie\nOM\nGemeente Roosendaal");
            page.click("#plan-session-submit");
            page.waitForSelector("#weigh-heading");
            page.selectOption("#cterPersonId", new SelectOption().setLabel(person));
            page.fill("#safetyOfficer", "AOV Roosendaal");
            page.selectOption("#outcome", new SelectOption().setLabel("ZVH-aanpak (persoonsgericht)"));
            page.selectOption("#ideology", "RELIGIOUS");
            page.fill("#followUp", "Procesregie via het Zorg- en Veiligheidshuis");
            noViolations(page, "CTER session with the outcome chosen");
            page.click("#weigh-submit");
            page.waitForSelector("#outcomes li:has-text('" + person + ": ZVH-aanpak')");
            noViolations(page, "CTER session with the ZVH approach");

            String handedOver = registerLine(page, person);
            // handed over; CoVeCa may already have opened the case (then the line says it started)
            assertTrue(handedOver.contains("Overgedragen aan procesregie op")
                    || handedOver.contains("ZVH-aanpak gestart op"), handedOver);
            assertFalse(page.content().contains("PERSON_ORIENTED_APPROACH<"), "no raw codes");
        }

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=unassigned");
            // a case opened from a CTER hand-over has no partner yet: the house's own process directors pick it up
            Browser.logIn(page, "markiezaten-process-director");
            String row = poll(() -> {
                for (String tab : List.of("unassigned", "all")) { // new from CTER: unassigned, unless taken over
                    page.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=" + tab);
                    Locator found = page.locator("tr:has-text('" + lastName + "')");
                    if (found.count() > 0) {
                        return found.first().textContent();
                    }
                }
                return null;
            }, "the CoVeCa case on the process director's worklist");
            assertTrue(row.contains("Radicalisering"), row);
            Browser.screenshot(page, "cter-approach-coveca-worklist");
            noViolations(page, "CoVeCa worklist with the CTER case");
        }

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(LIFECOURSE + "/cter");
            Browser.logIn(page, "politie-cter-member");
            page.waitForSelector("#register-heading");
            String line = poll(() -> {
                String found = registerLine(page, person);
                return found != null && found.contains("ZVH-aanpak gestart op") ? found : null;
            }, "the register says the approach started");
            assertFalse(line.contains("Overgedragen aan procesregie"), line);
            Browser.screenshot(page, "cter-approach-started");
            noViolations(page, "CTER register with the approach started");
        }

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(LocalStack.GATEWAY + "/intake/ui/referrals/" + referral);
            Browser.logIn(page, "politie-referrer");
            page.waitForSelector("#status");
            String shown = page.textContent("main");
            assertTrue(shown.contains("In behandeling bij het Zorg- en Veiligheidshuis"), shown);
            assertFalse(shown.contains("CTER"), "the referrer is never told the referral went to CTER");
            noViolations(page, "the referrer's view of the referral");
        }
    }

    /** The person's line on the CTER register (oldest reports first, so page by page), or null when not there. */
    private static String registerLine(Page page, String person) {
        for (int p = 1; p <= 50; p++) {
            page.navigate(LIFECOURSE + "/cter?page=" + p);
            page.waitForSelector("#persons-heading");
            Locator row = page.locator("#persons tr:has-text('" + person + "')");
            if (row.count() > 0) {
                return row.first().textContent();
            }
            if (page.locator("#persons tbody tr").count() < 25) {
                return null;
            }
        }
        return null;
    }

    private interface Probe {
        String look();
    }

    /** Looks again every second until the probe finds something, for at most {@link #ARRIVAL}. */
    private static String poll(Probe probe, String what) {
        Instant until = Instant.now().plus(ARRIVAL);
        while (Instant.now().isBefore(until)) {
            String found = probe.look();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(what + ": not seen within " + ARRIVAL);
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }
}
