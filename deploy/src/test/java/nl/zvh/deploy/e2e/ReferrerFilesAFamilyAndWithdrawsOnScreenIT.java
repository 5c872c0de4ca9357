package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real browser through the gateway, no API calls for the steps: a police officer adds five family members to
 * the referral form (and removes one added by mistake), files it, reads the confirmation with the reference and what
 * happens next, then withdraws it with a reason after the confirmation step. axe-core finds nothing on the form, the
 * confirmation and the withdrawn referral.
 */
@ExtendWith(LocalStack.class)
class ReferrerFilesAFamilyAndWithdrawsOnScreenIT {
    private static final String[][] FAMILY = PortalWalk.FAMILY_OF_FIVE;

    @Test
    void referrerFilesAFamilyOfFiveAndWithdrawsIt() {
        String lastName = "Gezin-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/intake/ui/referrals/new");
            Browser.logIn(page, "politie-referrer");
            PortalWalk.person(page, "Henk", lastName, "1975-06-30", FAMILY);
            // one block too many, removed again: the five typed stay
            page.click("#add-member");
            page.waitForSelector("#member-5");
            page.click("#remove-member-5");
            page.waitForSelector("#member-5", new Page.WaitForSelectorOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            assertEquals("Kees", page.inputValue("#systemMembers-4-firstName"));
            assertEquals("Henk", page.inputValue("#mainPerson-firstName"));
            noViolations(page, "form with five family members");

            PortalWalk.submitAndConfirm(page, lastName, FAMILY);
            noViolations(page, "confirmation");
            Browser.screenshot(page, "portal-family-filed");

            if (page.querySelector("#withdraw-form") == null) {
                // triage already scheduled it in the meantime: withdrawing is no longer offered
                assertEquals("Geagendeerd", page.textContent("#status").strip());
                return;
            }
            page.fill("#reason", "De persoon is verhuisd naar een andere regio.");
            page.click("#withdraw-confirm-step summary");
            page.click("#withdraw-confirm");
            page.waitForSelector("#notice, #refusal");
            if (page.querySelector("#refusal") != null) {
                assertTrue(page.textContent("#refusal").contains("kan niet meer worden ingetrokken"),
                        page.textContent("#refusal"));
                return;
            }
            assertTrue(page.textContent("#notice").contains("De aanmelding is ingetrokken."),
                    page.textContent("#notice"));
            assertEquals("Ingetrokken", page.textContent("#status").strip());
            noViolations(page, "withdrawn referral");
            Browser.screenshot(page, "portal-family-withdrawn");
        }
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }
}
