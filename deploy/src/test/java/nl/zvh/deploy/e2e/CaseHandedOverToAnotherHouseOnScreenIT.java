package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.zvh.deploy.ui.Axe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Handing a CoVeCa case over to another house (issue 25) in a real browser through the gateway. De Markiezaten's own
 * process director opens "Overdragen aan ander Zorg- en Veiligheidshuis" on a case's page, is refused a form without
 * summary (in Dutch at the field, keeping the chosen house), chooses Haaglanden by its name and Den Haag, sends the
 * plan's goals along, and the case page says the handover waits. Haaglanden's process director
 * ({@code zvhh-process-director}) finds the request through the menu (with the number waiting), reads the summary,
 * the persons and the goal, and takes the case over: the new case's page opens (source "overgenomen"). De
 * Markiezaten's case page then shows the case closed "Verhuisd buiten de regio (Den Haag)" and the handover taken
 * over. axe-core finds nothing on the form (with its error), the list and the request; the pages show no ISO dates
 * and no house codes.
 *
 * <p>
 * Both houses' figures of the year count it, held against the truth in the database with the small-cell rule (5) of
 * the stack: De Markiezaten's closures moved out of the region and Haaglanden's cases started from a handover are each
 * withheld (null, named in {@code suppressed}) when the true count is from 1 to 4, and printed as they are otherwise
 * (or withheld as a secondary suppression).
 */
@ExtendWith(LocalStack.class)
class CaseHandedOverToAnotherHouseOnScreenIT {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String SENDER = "markiezaten-process-director";
    static final String RECEIVER = "zvhh-process-director";
    static final int MIN_CELL = 5;
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Test
    void markiezatenHandsACaseOverAndHaaglandenTakesItOver() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String lastName = "Verhuizer-" + tag;
        String summary = "Verhuist per volgende maand naar Den Haag; schulden en huisvesting zijn de kern (" + tag
                + ").";
        String goal = "Vaste woonplek in de nieuwe gemeente (" + tag + ")";
        String senderToken = Keycloak.userToken(SENDER);
        String caseId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(senderToken).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainPerson", Map.of("firstName", "Piet", "lastName", lastName, "dateOfBirth", "1979-11-02"),
                        "systemMembers",
                        List.of(Map.of("relation", "CHILD", "firstName", "Sanne", "lastName", lastName, "dateOfBirth",
                                "2012-02-14"))))
                .when().post("/coveca/api/cases").then().statusCode(201).extract().path("id");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(senderToken).contentType(ContentType.JSON)
                .body(Map.of("lifeDomain", "HOUSING", "description", goal)).when()
                .post("/coveca/api/cases/" + caseId + "/plan/goals").then().statusCode(200);
        String casePage = LocalStack.GATEWAY + "/coveca/ui/cases/" + caseId;

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(casePage);
            Browser.logIn(page, SENDER);
            page.waitForSelector("#hand-over");
            page.click("#hand-over");
            page.waitForURL(casePage + "/handover");
            assertEquals("Overdragen aan ander Zorg- en Veiligheidshuis", page.textContent("#handover-title").strip());
            List<String> houses = page.locator("#receivingHouse option").allTextContents();
            assertTrue(houses.contains("Zorg- en Veiligheidshuis Haaglanden"), houses.toString());
            assertFalse(houses.contains("Zorg- en Veiligheidshuis De Markiezaten"), "not the own house: " + houses);
            page.selectOption("#receivingHouse", new SelectOption().setLabel("Zorg- en Veiligheidshuis Haaglanden"));
            page.selectOption("#receivingMunicipality", "Den Haag");
            page.check("#withPlanGoals");
            page.click("#send-handover");
            page.waitForSelector("#handoverSummary-error");
            assertTrue(page.textContent("#handoverSummary-error").contains("Vul dit veld in."),
                    page.textContent("#handoverSummary-error"));
            assertEquals("#handoverSummary", page.getAttribute("#error-summary a", "href"));
            assertEquals("haaglanden", page.inputValue("#receivingHouse"), "a refused form keeps the chosen house");
            assertEquals("Den Haag", page.inputValue("#receivingMunicipality"));
            assertTrue(page.isChecked("#withPlanGoals"), "a refused form keeps the chosen parts");
            readable(page, "handover form");
            noViolations(page, "handover form with its error");
            Browser.screenshot(page, "coveca-handover-01-form-refused");

            page.fill("#handoverSummary", summary);
            page.click("#send-handover");
            page.waitForURL(Pattern.compile(".*/coveca/ui/cases/" + caseId + "\\?saved=handover.*"));
            String waiting = page.textContent("#handovers");
            assertTrue(waiting.contains("Overdracht aan Zorg- en Veiligheidshuis Haaglanden (gemeente Den Haag)")
                    && waiting.contains("wacht op antwoord"), waiting);
            assertEquals(0, page.locator("#hand-over").count(), "no second handover while one waits");
            noViolations(page, "case page with the waiting handover");
            Browser.screenshot(page, "coveca-handover-02-case-waits");
        }

        String newCaseId;
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/");
            Browser.logIn(page, RECEIVER);
            page.waitForSelector("#nav-handovers");
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (page.locator("#handovers-waiting").count() == 0 && Instant.now().isBefore(until)) {
                page.waitForTimeout(1000);
                page.reload();
            }
            assertTrue(page.textContent("#nav-handovers").matches("(?s).*Verzoeken tot overname\\s*\\(\\d+\\).*"),
                    "the menu counts the waiting requests: " + page.textContent("#nav-handovers"));
            Browser.screenshot(page, "coveca-handover-03-receiver-worklist");
            page.click("#nav-handovers");
            page.waitForURL(LocalStack.GATEWAY + "/coveca/ui/handovers");
            String row = page.textContent("#incoming tbody tr:has-text('" + lastName + "')");
            assertTrue(row.contains("Piet " + lastName) && row.contains("Zorg- en Veiligheidshuis De Markiezaten")
                    && row.contains("Den Haag") && row.contains("Wacht op besluit"), row);
            readable(page, "incoming list");
            noViolations(page, "incoming list");
            Browser.screenshot(page, "coveca-handover-04-incoming-list");

            page.click("#incoming a:has-text('" + lastName + "')");
            page.waitForSelector("#handover-summary");
            assertEquals(summary, page.textContent("#handover-summary").strip());
            String persons = page.textContent("#handover-persons");
            assertTrue(persons.contains("Sanne " + lastName) && persons.contains("14 februari 2012"), persons);
            assertTrue(page.textContent("#handover-plan-goals").contains(goal),
                    page.textContent("#handover-plan-goals"));
            readable(page, "incoming request");
            noViolations(page, "incoming request");
            Browser.screenshot(page, "coveca-handover-05-request");

            page.click("#accept-handover");
            page.waitForURL(Pattern.compile(".*/coveca/ui/cases/[0-9a-f-]{36}\\?saved=handover"));
            newCaseId = page.url().replaceAll(".*/cases/([0-9a-f-]{36}).*", "$1");
            String facts = page.textContent("#case-facts");
            assertTrue(
                    facts.contains("Overgenomen van een ander Zorg- en Veiligheidshuis") && facts.contains("Den Haag"),
                    facts);
            assertEquals("Piet " + lastName, page.textContent("#case-title").strip());
            Browser.screenshot(page, "coveca-handover-06-new-case");
        }
        assertEquals(1,
                Database.count("coveca",
                        "select count(*) from coveca_case where id = cast(? as uuid) and house = 'haaglanden'"
                                + " and source = 'HANDOVER' and municipality = 'Den Haag'",
                        newCaseId));

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        String status = null;
        while (Instant.now().isBefore(until) && !"CLOSED".equals(status)) {
            status = given().baseUri(LocalStack.GATEWAY).auth().oauth2(senderToken).get("/coveca/api/cases/" + caseId)
                    .then().statusCode(200).extract().path("status");
            sleep(1000);
        }
        assertEquals("CLOSED", status, "the sending house's case closes once Haaglanden took it over");
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(casePage);
            Browser.logIn(page, SENDER);
            page.waitForSelector("#case-facts");
            String facts = page.textContent("#case-facts");
            assertTrue(facts.contains("Verhuisd buiten de regio (Den Haag)"), facts);
            assertTrue(
                    page.textContent("#handovers")
                            .contains("Overgedragen aan Zorg- en Veiligheidshuis Haaglanden (gemeente Den Haag)"),
                    page.textContent("#handovers"));
            readable(page, "closed case page");
            Browser.screenshot(page, "coveca-handover-07-closed-here");
        }

        int year = LocalDate.now(NL).getYear();
        figureTellsTheTruth("politie-analyst", year, "closureReasons", "MOVED_OUT_OF_REGION",
                Database.count("coveca",
                        "select count(*) from coveca_case where house = 'markiezaten'"
                                + " and status = 'CLOSED' and closure_reason = 'MOVED_OUT_OF_REGION'"
                                + " and extract(year from closed_at at time zone 'Europe/Amsterdam') = ?",
                        year));
        figureTellsTheTruth("haaglanden-analyst", year, "casesStartedPerSource", "HANDOVER",
                Database.count("coveca", "select count(*) from coveca_case where house = 'haaglanden'"
                        + " and source = 'HANDOVER' and extract(year from start_date) = ?", year));
    }

    /** The analyst's figure of the year against the truth: withheld when small, else printed as it is. */
    private static void figureTellsTheTruth(String analyst, int year, String map, String key, long truth) {
        JsonPath figures = given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken(analyst))
                .get("/coveca/api/figures?year=" + year).then().statusCode(200).extract().jsonPath();
        assertTrue(truth >= 1, "the database holds this test's case: " + map + "." + key + " = " + truth);
        Map<String, Object> counts = figures.getMap(map);
        assertTrue(counts.containsKey(key),
                analyst + "'s figures have a cell " + map + "." + key + ": " + figures.prettify());
        Object published = counts.get(key);
        List<String> suppressed = figures.getList("suppressed");
        assertEquals(published == null, suppressed.contains(map + "." + key),
                map + "." + key + " is withheld exactly when it is named in suppressed: " + figures.prettify());
        if (truth < MIN_CELL) {
            assertNull(published, map + "." + key + " is " + truth + ", a small count: withheld, not printed");
        } else if (published != null) {
            assertEquals(truth, ((Number) published).longValue(), map + "." + key + " printed as it is");
        }
    }

    /** No ISO dates, no login names, no house codes where a person reads. */
    private static void readable(Page page, String what) {
        String text = page.innerText("main");
        assertFalse(ISO_DATE.matcher(text).find(), what + " shows an ISO date: " + text);
        assertFalse(text.contains("process-director"), what + " shows a login name: " + text);
        assertFalse(text.contains("haaglanden") || text.contains("markiezaten"), what + " shows a house code: " + text);
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
