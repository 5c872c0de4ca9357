package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.deploy.ui.Axe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Life-course and CTER on screen through the gateway with real Keycloak logins, no API call for any step: the
 * coordinator proposes a candidate by hand, records an inclusion-table session and includes the candidate (with the
 * override and a reason, as earlier runs may have filled the house); on the client's file a refused contact keeps what
 * was typed and says why in Dutch, a contact and two safety notes are recorded (the banner shows the second, the first
 * stays in its history); the closure with a reason frees a place (the active count drops by one) and the person is
 * proposed again. The cter-member registers a person by hand, records a weighing session with "more information
 * needed" and a follow-up date, finds the person on the review worklist, and the session read is audited for the
 * person shown. The start page offers each role only its own pages. axe-core finds no WCAG 2.1 AA violation.
 */
@ExtendWith(LocalStack.class)
class LifecourseInclusionAndCterOnScreenIT {
    static final String UI = LocalStack.GATEWAY + "/lifecourse/ui";
    static final Pattern ACTIVE = Pattern.compile("Actieve cliënten: (\\d+) van");

    @Test
    void coordinatorIncludesFollowsAndClosesAndCterWeighsOnScreen() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String lastName = "Levensloop" + suffix;
        String today = LocalDate.now().toString();

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(UI);
            Browser.logIn(page, "politie-lifecourse-coordinator");
            page.waitForSelector("#start-inclusion");
            assertEquals(0, page.locator("#start-cter").count(), "the coordinator is not offered the CTER");
            noViolations(page, "start page of the coordinator");

            page.click("#start-inclusion");
            page.waitForSelector("#propose-heading");
            page.fill("#firstName", "Kees");
            page.fill("#lastName", lastName);
            page.fill("#dateOfBirth", "1979-03-02");
            page.click("#propose-submit");
            page.waitForSelector("#municipality-error");
            assertEquals(lastName, page.inputValue("#lastName"), "a refused proposal keeps what was typed");
            noViolations(page, "inclusion agenda with a refused proposal");
            page.fill("#municipality", "Roosendaal");
            page.click("#propose-submit");
            page.waitForSelector("#notice");
            page.waitForSelector("#waiting-list td:has-text('Kees " + lastName + "')");
            noViolations(page, "inclusion agenda");

            page.fill("#sessionDate", today);
            page.fill("#attendees", "Politie\nGemeente Roosendaal\nGGZ");
            page.click("#plan-session-submit");
            page.waitForSelector("#agenda-heading");
            int before = active(page);
            String form = "form.decision:has(h3:has-text('Kees " + lastName + "'))";
            page.selectOption(form + " select", "INCLUDED");
            page.fill(form + " textarea", "E2E: opname, het huis kan vol zijn van eerdere runs");
            page.check(form + " input[type=checkbox]");
            noViolations(page, "inclusion-table session");
            page.click(form + " button[type=submit]");
            page.waitForSelector("#decisions li:has-text('Kees " + lastName + ": Opgenomen')");
            assertEquals(before + 1, active(page), "the inclusion counts against the capacity");

            page.click("#decisions a:has-text('Kees " + lastName + "')");
            page.waitForSelector("#client-name");
            String file = page.url();

            page.selectOption("#contactType", "HOME_VISIT");
            page.selectOption("#contactOutcome", "DOOR_STAYED_CLOSED");
            page.fill("#contactNote", "Niemand thuis " + suffix);
            page.click("#contact-submit");
            page.waitForSelector("#contactDate-error");
            assertEquals("Niemand thuis " + suffix, page.inputValue("#contactNote"));
            noViolations(page, "client file with a refused contact");
            page.fill("#contactDate", today);
            page.click("#contact-submit");
            page.waitForSelector("#contacts td:has-text('Deur bleef dicht')");

            page.fill("#safetyNote", "Nooit alleen op huisbezoek " + suffix);
            page.click("#safety-note-submit");
            page.waitForSelector("#safety-note");
            page.fill("#safetyNote", "Hond in huis " + suffix);
            page.click("#safety-note-submit");
            page.waitForSelector("#safety-note-history");
            assertTrue(page.textContent("#safety-note p").contains("Hond in huis " + suffix));
            assertTrue(page.textContent("#safety-note-history").contains("Nooit alleen op huisbezoek " + suffix),
                    "the first note stays in the history");
            Browser.screenshot(page, "lifecourse-client-file-safety-notes");
            noViolations(page, "client file");

            page.selectOption("#closureReason", "MOVED");
            page.click("#close-confirm-step summary");
            page.click("#close-confirm");
            page.waitForSelector("#closed");
            assertTrue(page.textContent("#closed").contains("Verhuisd"));
            assertEquals(0, page.locator("#add-contact").count(), "a closed file takes no new entries");
            noViolations(page, "closed client file");
            page.navigate(UI + "/inclusion");
            assertEquals(before, active(page), "the closure frees the place");

            page.navigate(file);
            page.click("#propose-again");
            page.waitForSelector("#waiting-list td:has-text('Kees " + lastName + "')");
            page.navigate(file);
            page.waitForSelector("#next-period");
        }

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(UI);
            Browser.logIn(page, "politie-cter-member");
            page.waitForSelector("#start-cter");
            assertEquals(0, page.locator("#start-inclusion").count());
            assertEquals(0, page.locator("#start-clients").count());
            page.click("#start-cter");
            page.waitForSelector("#register-heading");
            String person = "Gemeld" + suffix;
            page.fill("#firstName", "Rik");
            page.fill("#lastName", person);
            page.fill("#municipality", "Roosendaal");
            page.fill("#source", "Politie");
            page.selectOption("#ideology", "RELIGIOUS");
            page.click("#register-submit");
            page.waitForSelector("#persons td:has-text('Rik " + person + "')");
            noViolations(page, "CTER agenda");

            page.fill("#sessionDate", today);
            page.fill("#attendees", "Politie\nOM\nGemeente Roosendaal");
            page.click("#plan-session-submit");
            page.waitForSelector("#weigh-heading");
            page.selectOption("#cterPersonId",
                    new com.microsoft.playwright.options.SelectOption().setLabel("Rik " + person));
            page.fill("#safetyOfficer", "AOV Roosendaal");
            page.selectOption("#outcome", "GATHER_MORE_INFORMATION");
            page.fill("#followUp", "Navraag bij de wijkagent");
            page.click("#weigh-submit");
            page.waitForSelector("#reviewDate-error");
            assertEquals("Navraag bij de wijkagent", page.inputValue("#followUp"));
            noViolations(page, "CTER session with a refused outcome");
            page.fill("#reviewDate", LocalDate.now().plusWeeks(6).toString());
            page.click("#weigh-submit");
            page.waitForSelector("#outcomes li:has-text('Rik " + person + ": Meer informatie verzamelen')");
            noViolations(page, "CTER session");

            page.click("#nav-cter-review");
            page.waitForSelector("#reviews td:has-text('Rik " + person + "')");
            noViolations(page, "CTER review worklist");

            long reads = Database.count("lifecourse",
                    "select count(*) from audit_log a join cter_person p"
                            + " on a.resource_id = cast(p.id as varchar) where p.last_name = ? and a.action = 'READ'"
                            + " and a.resource_type = 'cter-person'",
                    person);
            assertTrue(reads >= 1, "reading the session is audited for the person it shows");
            assertFalse(page.content().contains("GATHER_MORE_INFORMATION<"), "no raw codes");
        }
    }

    private static int active(Page page) {
        Matcher m = ACTIVE.matcher(page.textContent("#capacity"));
        assertTrue(m.find(), page.textContent("#capacity"));
        return Integer.parseInt(m.group(1));
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }
}
