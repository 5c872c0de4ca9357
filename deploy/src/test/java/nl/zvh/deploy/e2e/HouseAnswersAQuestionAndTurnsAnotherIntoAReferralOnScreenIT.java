package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zvh.deploy.ui.Axe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Advice and information questions (issue 24) in a real browser through the gateway, no API calls for the steps: a
 * police officer asks two questions in the portal; the house's own process director (staff organisation ZVH De
 * Markiezaten) finds them in the worklist of open questions, answers the first (without the time spent the form
 * refuses, in Dutch at the field, keeping the typed answer), and turns the second, about a named person, into a
 * referral with the prefilled referral form; the triage chair then has that referral at the triage table, and the
 * officer reads the answer. axe-core finds nothing on the question form, the worklist, the answer form with its
 * error, the prefilled referral form and the answered question.
 */
@ExtendWith(LocalStack.class)
class HouseAnswersAQuestionAndTurnsAnotherIntoAReferralOnScreenIT {

    @Test
    void aQuestionIsAnsweredAndAnotherBecomesAReferralThatReachesTriage() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String lastName = "Vraagsma-" + tag;
        String advice = "Mogen wij zorgen over een gezin delen met het wijkteam? (" + tag + ")";
        String information = "Is deze bewoner al bekend bij het huis? (" + tag + ")";
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/intake/ui/questions/new");
            Browser.logIn(page, "politie-referrer");
            page.waitForURL(LocalStack.GATEWAY + "/intake/ui/questions/new");
            noViolations(page, "question form");
            String first = ask(page, "ADVICE", advice, null);
            page.navigate(LocalStack.GATEWAY + "/intake/ui/questions/new");
            String second = ask(page, "INFORMATION", information, lastName);
            page.navigate(LocalStack.GATEWAY + "/intake/ui/questions");
            assertTrue(page.textContent("#questions").contains(tag), "the referrer's own list shows both");
            page.context().clearCookies();

            page.navigate(LocalStack.GATEWAY + "/intake/ui/");
            Browser.logIn(page, "markiezaten-process-director");
            page.waitForURL(LocalStack.GATEWAY + "/intake/ui/questions");
            String worklist = page.textContent("#questions");
            assertTrue(worklist.contains(advice.substring(0, 40)), worklist);
            noViolations(page, "worklist of open questions");
            Browser.screenshot(page, "questions-worklist");

            page.navigate(LocalStack.GATEWAY + "/intake/ui/questions/" + first);
            page.fill("#answer", "Ja, binnen het convenant; bespreek het eerst met het gezin.");
            page.click("#answer-button");
            page.waitForSelector("#minutesSpent-error");
            assertTrue(page.textContent("#minutesSpent-error").contains("bestede tijd"),
                    page.textContent("#minutesSpent-error"));
            assertEquals("Ja, binnen het convenant; bespreek het eerst met het gezin.", page.inputValue("#answer"));
            noViolations(page, "answer form with its error");
            page.fill("#minutesSpent", "20");
            page.click("#answer-button");
            page.waitForSelector("#notice");
            assertEquals("Beantwoord", page.textContent("#status").strip());

            page.navigate(LocalStack.GATEWAY + "/intake/ui/questions/" + second);
            page.click("#make-referral");
            page.waitForURL(url -> url.contains("/intake/ui/questions/" + second + "/referral"));
            assertEquals(lastName, page.inputValue("#mainPerson-lastName"));
            assertEquals(information, page.inputValue("#question"));
            noViolations(page, "referral form prefilled from the question");
            page.fill("#mainPerson-dateOfBirth", "1961-05-04");
            page.check("input[name='problemAreas'][value='DEBTS']");
            page.selectOption("#urgency", "NORMAL");
            page.selectOption("#personInformed", "INFORMED");
            page.waitForLoadState();
            page.click("#submit");
            page.waitForURL(Pattern.compile(".*/intake/ui/questions/" + second + "\\?notice=referred"));
            String reference = page.textContent("#referral-reference").replaceAll(".*([0-9a-f-]{36}).*", "$1").strip();
            assertTrue(page.textContent("#status").contains("Aanmelding geworden"), page.textContent("#status"));
            Browser.screenshot(page, "question-became-referral");
            page.context().clearCookies();

            page.navigate(LocalStack.GATEWAY + "/triage/ui/referrals/" + reference);
            Browser.logIn(page, "politie-triage-chair");
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                page.navigate(LocalStack.GATEWAY + "/triage/ui/referrals/" + reference);
                return page.content().contains(lastName);
            });
            page.context().clearCookies();

            page.navigate(LocalStack.GATEWAY + "/intake/ui/questions/" + first);
            Browser.logIn(page, "politie-referrer");
            page.waitForSelector("#answer-text");
            assertTrue(page.textContent("#answer-text").contains("binnen het convenant"));
            noViolations(page, "answered question as the referrer reads it");
        }
    }

    /** Fills and sends the question form; returns the new question's id from the page it lands on. */
    private static String ask(Page page, String kind, String text, String lastName) {
        page.selectOption("#municipality", "Roosendaal");
        page.selectOption("#kind", kind);
        page.fill("#text", text);
        if (lastName != null) {
            page.fill("#person-firstName", "Kees");
            page.fill("#person-lastName", lastName);
        }
        page.click("#send-question");
        page.waitForURL(Pattern.compile(".*/intake/ui/questions/[0-9a-f-]{36}\\?notice=asked"));
        assertTrue(page.textContent("#notice").contains("verstuurd"), page.textContent("#notice"));
        return page.url().replaceAll(".*/questions/([0-9a-f-]{36}).*", "$1");
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }
}
