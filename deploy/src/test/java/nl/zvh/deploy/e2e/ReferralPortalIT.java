package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a real browser through the gateway: a police officer logs in, fills in the Dutch referral form (htmx flags a
 * wrong BSN as soon as the field is left, from the same validation the API uses), files the referral and sees it in
 * the own organisation's list.
 */
@ExtendWith(LocalStack.class)
class ReferralPortalIT {

    @Test
    void referrerFilesAReferralInTheFormAndSeesItInTheList() {
        String lastName = "Portaal-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/intake/ui/referrals/new");
            Browser.logIn(page, "politie-referrer");
            page.waitForURL(LocalStack.GATEWAY + "/intake/ui/referrals/new");
            assertEquals("Nieuwe aanmelding", page.textContent("h1").strip());

            page.fill("#mainPerson-firstName", "Henk");
            page.fill("#mainPerson-lastName", lastName);
            page.fill("#mainPerson-bsn", "123456789");
            page.press("#mainPerson-bsn", "Tab");
            page.waitForSelector("#mainPerson-bsn-error");
            assertTrue(page.textContent("#mainPerson-bsn-error").contains("elfproef"),
                    page.textContent("#mainPerson-bsn-error"));
            Browser.screenshot(page, "portal-inline-validation");
            page.fill("#mainPerson-bsn", "");
            page.press("#mainPerson-bsn", "Tab");
            page.waitForSelector("#mainPerson-bsn-error",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED));

            page.fill("#mainPerson-dateOfBirth", "1975-06-30");
            page.fill("#systemMembers-0-firstName", "Lotte");
            page.fill("#systemMembers-0-lastName", lastName);
            page.fill("#systemMembers-0-dateOfBirth", "2010-01-01");
            page.selectOption("#systemMembers-0-relation", "CHILD");
            page.selectOption("#municipality", "Roosendaal");
            page.check("input[name='problemAreas'][value='HOUSING_NUISANCE']");
            page.check("input[name='problemAreas'][value='DEBTS']");
            page.fill("#question", "Overlast en schulden; meerdere partners betrokken, niemand heeft de regie.");
            page.selectOption("#urgency", "NORMAL");
            page.selectOption("#personInformed", "INFORMED");
            page.waitForLoadState();
            page.click("#submit");

            page.waitForURL(Pattern.compile(Pattern.quote(LocalStack.GATEWAY) + "/intake/ui/referrals/[0-9a-f-]{36}"));
            // the page announces the result (?notice=filed): the id is the path's last segment, without the query
            String id = page.url().replaceAll(".*/referrals/([0-9a-f-]{36}).*", "$1");
            assertTrue(page.textContent("#notice").contains("Uw aanmelding van Henk " + lastName + " is ingediend"),
                    page.textContent("#notice"));
            String status = page.textContent("#status").strip();
            assertTrue(status.equals("Ingediend") || status.equals("Geagendeerd"), status);
            Browser.screenshot(page, "portal-referral-filed");

            page.navigate(LocalStack.GATEWAY + "/intake/ui/");
            page.waitForSelector("tr[data-id='" + id + "']");
            String row = page.textContent("tr[data-id='" + id + "']");
            // submitted, or already scheduled when triage's ReferralScheduled arrived in the meantime
            assertTrue(row.contains("Henk " + lastName) && (row.contains("Ingediend") || row.contains("Geagendeerd")),
                    row);
            Browser.screenshot(page, "portal-list-after-filing");
        }
    }
}
