package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.deploy.ui.Axe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 22: a family goes from the portal to the table's decision, on screen through the gateway with real Keycloak
 * logins. Seeded through the API (not a step under test): last year's referral of the same man by the housing
 * corporation. On screen: the police officer files the referral with five family members and reads the confirmation;
 * the chair adds an extra session for tonight (not started yet) and puts the referral on it from the file, finds it
 * on the agenda's week, opens the file and sees all six persons and the possible match with its evidence (the fields
 * that matched, the earlier referral linked); a decision before the session has started is refused in Dutch on the
 * page with what was typed kept; the chair opens the meeting on the agenda ("Vergadering openen"), scores the
 * instrument, reloads and sees the scores as saved, and decides. axe-core finds no WCAG 2.1 AA violation on the pages
 * walked.
 */
@ExtendWith(LocalStack.class)
class TriageChairDecidesOnlyAtTheTableOnScreenIT {
    static final String TRIAGE = LocalStack.GATEWAY + "/triage/ui";

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aDecisionWaitsForTheMeetingAndTheScoresStayAsSaved() {
        String lastName = "Tafel" + UUID.randomUUID().toString().substring(0, 6);
        // seeded (not a step under test): last year's referral of the same man, by the housing corporation
        Map<String, Object> earlier = new HashMap<>(ReferralReachesTriageQueueThroughGatewayIT.referral());
        earlier.put("mainPerson", Map.of("firstName", "Henk", "lastName", lastName, "dateOfBirth", "1975-06-30"));
        earlier.put("systemMembers", List.of());
        as(Keycloak.userToken("woonkwartier-referrer")).body(earlier).when().post("/intake/api/referrals").then()
                .statusCode(201);
        String[][] family = PortalWalk.FAMILY_OF_FIVE;
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

        try (Browser browser = new Browser()) {
            // the police officer files the family of five on the portal and reads the confirmation
            Page portal = browser.newPage();
            portal.navigate(LocalStack.GATEWAY + "/intake/ui/referrals/new");
            Browser.logIn(portal, "politie-referrer");
            PortalWalk.person(portal, "Henk", lastName, "1975-06-30", family);
            String id = PortalWalk.submitAndConfirm(portal, lastName, family);
            noViolations(portal, "the portal's confirmation");
            String chair = Keycloak.userToken("politie-triage-chair");
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .untilAsserted(() -> as(chair).when().get("/triage/api/triage/queue").then().statusCode(200)
                            .body("referralId", hasItem(id)));

            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(TRIAGE + "/agenda");
            Browser.logIn(page, "politie-triage-chair");
            page.waitForSelector("#week-heading");
            noViolations(page, "the agenda on the coming session");

            // the table meets tonight: the chair adds the extra session on screen
            page.fill("#date", today);
            page.fill("#time", "23:59");
            page.fill("#reason", "E2E: de tafel zit vanavond (" + lastName + ")");
            page.click("#add-extra");
            page.waitForSelector("#saved");
            Matcher added = Pattern.compile("session=([0-9a-f-]{36})").matcher(page.url());
            assertTrue(added.find(), page.url());
            String session = added.group(1);
            // the chair puts the referral on it from the file
            page.navigate(TRIAGE + "/referrals/" + id);
            page.selectOption("#sessionId", session);
            page.fill("#reason", "De tafel zit vanavond");
            page.click("#move-submit");
            page.waitForSelector("#saved");

            page.navigate(TRIAGE + "/agenda?week=" + today);
            page.waitForSelector("#sessions");
            page.click("#sessions a[href$='session=" + session + "']");
            page.waitForSelector("#agenda tr[data-id='" + id + "']");
            assertTrue(page.textContent("#session-state").contains("nog niet begonnen"),
                    page.textContent("#session-state"));
            noViolations(page, "the agenda of tonight's session, not started");

            page.click("#agenda tr[data-id='" + id + "'] a");
            page.waitForSelector("#persons");
            String persons = page.textContent("#persons");
            assertTrue(persons.contains("Henk " + lastName), persons);
            for (String[] member : family) {
                assertTrue(persons.contains(member[1] + " " + lastName), member[1] + " in " + persons);
            }
            // the possible match with its evidence: which fields matched, and last year's referral
            page.waitForSelector("#matches tr:has-text('Henk " + lastName + "')");
            String match = page.textContent("#matches tr:has-text('Henk " + lastName + "')");
            assertTrue(match.contains("geboortedatum"), "the matched fields: " + match);
            assertEquals(1, page.locator("#matches tr:has-text('Henk " + lastName + "') td.earlier a").count(),
                    "the earlier referral is linked: " + match);
            Browser.screenshot(page, "triage-file-family-of-five-and-match");
            noViolations(page, "the file with the family");

            // before the session: refused in Dutch on the page, what was typed kept
            String rationale = "Eén leefgebied; de wijkagent volgt het (" + lastName + ").";
            page.selectOption("#outcome", "NO_ACTION");
            page.fill("#rationale", rationale);
            page.fill("#membersPresent", "Politie Zeeland-West-Brabant, Openbaar Ministerie");
            page.click("#decide-confirm-step summary");
            page.click("#decide-confirm");
            page.waitForSelector("#decision-refused");
            assertTrue(page.textContent("#decision-refused").contains("nog niet begonnen"),
                    page.textContent("#decision-refused"));
            assertEquals(rationale, page.inputValue("#rationale"));
            assertEquals("Politie Zeeland-West-Brabant, Openbaar Ministerie", page.inputValue("#membersPresent"));
            noViolations(page, "the refused decision");

            // the chair opens the meeting on the agenda
            page.navigate(TRIAGE + "/agenda?session=" + session);
            page.click("#open-session");
            page.waitForSelector("#saved");
            assertTrue(page.textContent("#session-state").contains("geopend"), page.textContent("#session-state"));
            assertEquals(0, page.locator("#open-session").count(), "an open meeting is not opened again");
            noViolations(page, "the agenda with the meeting open");

            // scores, reload, the scores as saved
            page.navigate(TRIAGE + "/referrals/" + id);
            @SuppressWarnings("unchecked")
            List<String> scores = (List<String>) page.locator("#assessment select[id^='score-']")
                    .evaluateAll("els => els.map(e => e.id)");
            assertTrue(scores.size() >= 2, "score fields: " + scores);
            page.selectOption("#" + scores.get(0), "2");
            page.selectOption("#" + scores.get(1), "1");
            page.click("#save-scores");
            page.waitForSelector("#saved");
            page.reload();
            page.waitForSelector("#assessment");
            assertEquals("2", page.inputValue("#" + scores.get(0)), "the first score after a reload");
            assertEquals("1", page.inputValue("#" + scores.get(1)), "the second score after a reload");

            // at the table: decided
            page.selectOption("#outcome", "NO_ACTION");
            page.fill("#rationale", rationale);
            page.fill("#membersPresent", "Politie Zeeland-West-Brabant, Openbaar Ministerie");
            page.click("#decide-confirm-step summary");
            page.click("#decide-confirm");
            page.waitForSelector("#decision-outcome");
            assertEquals("Geen actie", page.textContent("#decision-outcome").strip());
            assertFalse(page.content().contains("NO_ACTION<"), "no raw codes");
            Browser.screenshot(page, "triage-decided-at-the-table");
            noViolations(page, "the decided file");
        }
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }
}
