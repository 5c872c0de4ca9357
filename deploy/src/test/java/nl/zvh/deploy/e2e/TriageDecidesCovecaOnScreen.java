package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The first steps of a CoVeCa case's life in house haaglanden, on screen through the gateway: the referrer files the
 * referral on the portal (municipality Den Haag), the chair adds tonight's session, puts the referral on it, opens
 * the meeting, scores and decides a CoVeCa approach. Only the wait for the referral to reach the queue reads the API.
 */
final class TriageDecidesCovecaOnScreen {
    static final String TRIAGE = LocalStack.GATEWAY + "/triage/ui";
    static final String[][] FAMILY = {{"PARTNER", "Marja", "1977-02-11"}};

    private TriageDecidesCovecaOnScreen() {
    }

    /** The referrer files Henk {@code lastName} with his partner; answers the referral's id. */
    static String fileReferral(Browser browser, CasePageWalk walk, String lastName) {
        Page portal = browser.newPage();
        portal.setDefaultTimeout(15_000);
        portal.navigate(LocalStack.GATEWAY + "/intake/ui/referrals/new");
        Browser.logIn(portal, "haaglanden-referrer");
        PortalWalk.person(portal, "Henk", lastName, "1975-06-30", FAMILY);
        portal.selectOption("#municipality", "Den Haag");
        portal.check("input[name='problemAreas'][value='DEBTS']");
        portal.fill("#question", "Schulden, dreigende huisuitzetting en zorgen over geweld thuis.");
        portal.selectOption("#urgency", "NORMAL");
        portal.selectOption("#personInformed", "INFORMED");
        walk.looked(portal, "issue19-life-01-referral-form");
        portal.click("#submit");
        portal.waitForSelector("#confirmation");
        String id = portal.textContent("#reference").strip();
        walk.looked(portal, "issue19-life-02-referral-filed");
        return id;
    }

    /** The chair of haaglanden puts the referral on tonight's session, opens it and decides CoVeCa (maatwerk). */
    static void decideCoveca(Browser browser, CasePageWalk walk, String referralId, String lastName) {
        String chair = Keycloak.userToken("haaglanden-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                        .get("/triage/api/triage/queue").then().statusCode(200)
                        .body("referralId", hasItem(referralId)));
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        Page page = browser.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(TRIAGE + "/agenda");
        Browser.logIn(page, "haaglanden-triage-chair");
        page.waitForSelector("#week-heading");
        String added = save(page, "#add-extra", "#date", today, "#time", "23:59", "#reason",
                "E2E: de tafel zit vanavond (" + lastName + ")");
        Matcher session = Pattern.compile("session=([0-9a-f-]{36})").matcher(added);
        assertTrue(session.find(), added);
        page.navigate(TRIAGE + "/referrals/" + referralId);
        page.selectOption("#sessionId", session.group(1));
        save(page, "#move-submit", "#reason", "De tafel zit vanavond");
        page.navigate(TRIAGE + "/agenda?session=" + session.group(1));
        save(page, "#open-session");
        walk.looked(page, "issue19-life-03-triage-session-open");

        page.navigate(TRIAGE + "/referrals/" + referralId);
        page.waitForSelector("#assessment");
        @SuppressWarnings("unchecked")
        List<String> scores = (List<String>) page.locator("#assessment select[id^='score-']")
                .evaluateAll("els => els.map(e => e.id)");
        for (String score : scores.subList(0, Math.min(2, scores.size()))) {
            page.selectOption("#" + score, "2");
        }
        if (!scores.isEmpty()) {
            save(page, "#save-scores");
        }
        page.selectOption("#outcome", "APPROACH_STARTED");
        page.selectOption("#programme", "COVECA");
        page.selectOption("#intensity", "MAATWERK");
        page.selectOption("#subApproach", "REGULAR");
        page.fill("#rationale", "Meerdere leefgebieden en zorgen over veiligheid: procesregie nodig.");
        page.fill("#membersPresent", "Politie Eenheid Den Haag, Parnassia Groep, gemeente Den Haag");
        page.click("#decide-confirm-step summary");
        page.click("#decide-confirm");
        page.waitForSelector("#decision-outcome");
        walk.looked(page, "issue19-life-04-triage-decided-coveca");
    }

    /** Fills the fields (selector, value, ...), presses {@code button} and waits for the saved notice; the new url. */
    private static String save(Page page, String button, String... fields) {
        for (int i = 0; i < fields.length; i += 2) {
            page.fill(fields[i], fields[i + 1]);
        }
        page.click(button);
        page.waitForSelector("#saved");
        return page.url();
    }
}
