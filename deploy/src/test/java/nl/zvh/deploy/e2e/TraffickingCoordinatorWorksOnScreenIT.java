package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import nl.zvh.deploy.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20 (trafficking): the care coordinator does the whole job on screen, through the gateway with real Keycloak
 * logins and no API call for the steps. The police system (client credentials) posts a signal; the coordinator finds
 * it in the inbox with the filters (channel, source, exploitation type), registers a second signal by hand (a refused
 * save keeps what was typed and says why in Dutch next to the field), decides advice on that one and a coordinated
 * approach on the police signal, both with the rationale; on the approach page adds a care route step with its owner
 * and date, records the safety measures, asks two shelters (one refuses with the reason, one places), records the
 * CoMensha registration with date and reference and closes the approach with a reason. Then a signals table session
 * discussing both signals and an awareness session are recorded. The analyst's figures of the year count it all:
 * signals, advice and approach, shelter refusal and placement, the national registration, the signals discussed in
 * the quarter and the awareness session with its participants. Every page is screenshot and passes axe-core (WCAG
 * 2.1 AA) and the shell's checks.
 */
@ExtendWith(LocalStack.class)
class TraffickingCoordinatorWorksOnScreenIT {
    static final String UI = LocalStack.GATEWAY + "/trafficking/ui";

    private final List<String> findings = new ArrayList<>();

    @Test
    void coordinatorRunsSignalsApproachAndRegistersOnScreen() {
        int year = LocalDate.now().getYear();
        int quarter = (LocalDate.now().getMonthValue() - 1) / 3;
        String analyst = Keycloak.userToken("politie-analyst");
        JsonPath before = figures(analyst, year);
        String today = LocalDate.now().toString();

        String police = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        String policeName = "Petrova" + UUID.randomUUID().toString().substring(0, 6);
        String policeSignal = given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("externalReference", "AVIM-" + UUID.randomUUID(), "sourceType", "POLICE_AVIM",
                        "presumedVictim",
                        Map.of("firstName", "Daria", "lastName", policeName, "dateOfBirth", "2000-05-17"),
                        "exploitationTypes", List.of("SEXUAL"), "residenceStatus", "RELEVANT", "municipality",
                        "Roosendaal", "alsoSuspect", false))
                .when().post("/trafficking/api/signals").then().statusCode(201).extract().path("id");
        String typedName = "Nowak" + UUID.randomUUID().toString().substring(0, 6);

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(UI + "/?channel=PARTNER_API&source=POLICE_AVIM&type=SEXUAL");
            Browser.logIn(page, "politie-trafficking-coordinator");
            page.waitForSelector("#signals a:has-text('Daria " + policeName + "')");
            looked(page, "issue20-01-inbox-filtered");

            // a signal typed in by the coordinator; the first save is refused and keeps what was typed
            page.click("#new-signal");
            page.waitForSelector("#save-signal");
            page.selectOption("#sourceType", "LABOUR_INSPECTORATE");
            page.fill("#firstName", "Jan");
            page.fill("#lastName", typedName);
            page.fill("#estimatedAge", "34");
            page.check("#exploitationTypes-LABOUR");
            page.selectOption("#residenceStatus", "NOT_RELEVANT");
            page.fill("#description", "Werkt zonder loon in een kas");
            page.click("#save-signal");
            page.waitForSelector("#municipality-error");
            assertTrue(page.textContent("#municipality-error").contains("Maak een keuze."),
                    page.textContent("#municipality-error"));
            assertEquals(typedName, page.inputValue("#lastName"));
            assertEquals("Werkt zonder loon in een kas", page.inputValue("#description"));
            assertTrue(page.isChecked("#exploitationTypes-LABOUR"));
            looked(page, "issue20-02-new-signal-refused");
            page.selectOption("#municipality", "Roosendaal");
            page.click("#save-signal");
            page.waitForSelector("#saved");
            assertTrue(page.textContent("h1").contains("Jan " + typedName), page.textContent("h1"));
            looked(page, "issue20-03-signal-registered");

            // advice on the typed-in signal
            page.selectOption("#outcome", "ADVICE");
            page.fill("#advice", "Melden bij de Arbeidsinspectie en het sociaal wijkteam");
            page.fill("#rationale", "Geen opvang of veiligheidsmaatregelen nodig");
            page.click("#confirm-decision-step summary");
            page.click("#confirm-decision");
            page.waitForSelector("#outcome dd:has-text('Advies')");
            looked(page, "issue20-04-advice-decided");

            // a coordinated approach on the police signal
            page.navigate(UI + "/signals/" + policeSignal);
            page.waitForSelector("#confirm-decision-step");
            page.selectOption("#outcome", "COORDINATED_APPROACH");
            page.fill("#rationale", "Opvang en veiligheid nodig; meerdere partners betrokken");
            page.click("#confirm-decision-step summary");
            page.click("#confirm-decision");
            page.waitForURL("**/trafficking/ui/approaches/*?saved=started");
            String approachUrl = page.url().replaceAll("\\?.*", "");
            looked(page, "issue20-05-approach-started");

            page.fill("#stepDescription", "Intake bij de zorgaanbieder");
            page.fill("#stepOwner", "Fier");
            page.fill("#stepDue", LocalDate.now().plusDays(7).toString());
            saved(page, "#save-step");
            assertTrue(page.textContent("#agreements").contains("Intake bij de zorgaanbieder"));

            page.fill("#safetyMeasures", "Adres afgeschermd; contactverbod met de uitbuiter");
            saved(page, "#save-care");
            assertTrue(page.textContent("#care-route").contains("Adres afgeschermd"));

            page.fill("#shelterName", "COSM Amsterdam");
            page.check("#categorical");
            saved(page, "#save-shelter");
            page.fill("#shelterName", "Safegroup Breda");
            saved(page, "#save-shelter");
            answer(page, "COSM Amsterdam", "REFUSED", "Vol tot volgende maand");
            answer(page, "Safegroup Breda", "PLACED", null);
            looked(page, "issue20-06-shelters-answered");

            page.fill("#reportedOn", today);
            page.fill("#reportingOrganisation", "ZVH De Markiezaten");
            page.fill("#reference", "CM-" + year + "-" + policeName);
            saved(page, "#save-national");
            assertTrue(page.textContent("#national-registration").contains("CM-" + year + "-" + policeName));

            page.selectOption("#closureReason", "GOALS_REACHED");
            page.click("#confirm-close-step summary");
            page.click("#confirm-close");
            page.waitForSelector("#status:has-text('Afgesloten')");
            assertEquals(approachUrl, page.url().replaceAll("[?#].*", ""));
            looked(page, "issue20-07-approach-closed");

            // the registers
            page.navigate(UI + "/registers/signals-table");
            page.waitForSelector("#save-session");
            page.fill("#heldOn", today);
            page.fill("#attendees", "Politie Zeeland-West-Brabant\nNederlandse Arbeidsinspectie\nGemeente Roosendaal");
            page.check("input[name=signalsDiscussed][value='" + policeSignal + "']");
            page.check("label:has-text('Jan " + typedName + "')");
            page.fill("#followUp", "Gezamenlijke controle bij de kwekerij");
            page.click("#save-session");
            page.waitForSelector("#saved");
            assertTrue(page.textContent("#sessions").contains("Gezamenlijke controle bij de kwekerij"));
            looked(page, "issue20-08-signals-table");

            page.navigate(UI + "/registers/awareness");
            page.waitForSelector("#save-awareness");
            page.fill("#heldOn", today);
            page.fill("#audience", "Wijkagenten en handhavers");
            page.fill("#organisation", "Gemeente Roosendaal");
            page.fill("#participants", "27");
            page.fill("#topic", "Signalen van arbeidsuitbuiting");
            page.click("#save-awareness");
            page.waitForSelector("#saved");
            looked(page, "issue20-09-awareness");
        }

        JsonPath after = figures(analyst, year);
        // persons' counts below the small-cell threshold are withheld (null, named in suppressed); meetings are exact
        PublishedFigure.grew(before, after, "signals", 2);
        PublishedFigure.grew(before, after, "outcomes.find { it.key == 'ADVICE' }.signals", "outcomes.ADVICE", 1);
        PublishedFigure.grew(before, after, "outcomes.find { it.key == 'COORDINATED_APPROACH' }.signals",
                "outcomes.COORDINATED_APPROACH", 1);
        PublishedFigure.grew(before, after, "shelter.requests", 2);
        PublishedFigure.grew(before, after, "shelter.refusals", 1);
        PublishedFigure.grew(before, after, "shelter.placements", 1);
        PublishedFigure.grew(before, after, "reportedToNationalCentre", 1);
        String q = "signalsTable[" + quarter + "].";
        assertEquals(1, after.getInt(q + "sessions") - before.getInt(q + "sessions"));
        PublishedFigure.grew(before, after, q + "signalsDiscussed",
                "signalsTable." + after.getInt(q + "quarter") + ".signalsDiscussed", 2);
        assertEquals(1, after.getInt("awareness.sessions") - before.getInt("awareness.sessions"));
        assertEquals(27, after.getInt("awareness.participants") - before.getInt("awareness.participants"));
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    /** Records a shelter's answer in its row (htmx, after the confirmation step) and waits for the new status. */
    private void answer(Page page, String shelter, String status, String reason) {
        String row = "#shelter-requests tr:has-text('" + shelter + "')";
        page.selectOption(row + " select[name=status]", status);
        if (reason != null) {
            page.fill(row + " input[name=refusalReason]", reason);
        }
        page.click(row + " details.zvh-confirm summary");
        page.click(row + " details.zvh-confirm button[type=submit]");
        page.waitForSelector(
                row + " span.current:has-text('" + ("PLACED".equals(status) ? "Geplaatst" : "Geweigerd") + "')");
    }

    /** Sends a form of the approach page and waits for the page again with its notice (a refusal is a finding). */
    private void saved(Page page, String button) {
        page.evaluate("() => { window.zvhBefore = true; }");
        page.click(button);
        page.waitForFunction("() => !window.zvhBefore && document.readyState === 'complete'");
        if (page.locator("#error-summary").count() > 0) {
            findings.add(button + " was refused: " + page.textContent("#error-summary").replaceAll("\\s+", " "));
        }
        page.waitForSelector("#saved");
    }

    private static JsonPath figures(String analyst, int year) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(analyst).when()
                .get("/trafficking/api/figures?year=" + year).then().statusCode(200).extract().jsonPath();
    }

    /** A screenshot of the page, and what axe-core and the shell's checks find on it. */
    private void looked(Page page, String name) {
        Browser.screenshot(page, name);
        Axe.run(page).forEach(v -> findings.add(name + " axe: " + v));
        ShellPage.check(page).forEach(f -> findings.add(name + " shell: " + f));
    }
}
