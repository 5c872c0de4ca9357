package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
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
 * Issue 20 (trafficking), done-when (2) as one chain through the gateway with real Keycloak logins and no API call for
 * the coordinator's steps. The police system (client credentials) posts a signal about a minor; the coordinator finds
 * it in the inbox with the minors and exploitation filters and types in a second signal (a refused save keeps what was
 * typed and gives the Dutch reason next to the field). Advice on the typed-in signal; a coordinated approach on the
 * police signal with a care route step, two shelter requests (both on the open shelter requests page until answered;
 * one refused with its reason, one placed), the CoMensha registration and the closure with a reason. A signals-table
 * session discusses both signals and an awareness session is recorded. The year's figures count each of these, and
 * the analyst's annual report shows the trafficking outcomes. axe-core and the shell's checks find nothing.
 */
@ExtendWith(LocalStack.class)
class TraffickingYearCountsWhatWasDoneOnScreenIT {
    static final String UI = LocalStack.GATEWAY + "/trafficking/ui";

    private final List<String> findings = new ArrayList<>();

    @Test
    void everyStepOnScreenIsCountedInTheYearsFigures() {
        int year = LocalDate.now().getYear();
        String quarter = "signalsTable[" + (LocalDate.now().getMonthValue() - 1) / 3 + "].";
        String analyst = Keycloak.userToken("politie-analyst");
        JsonPath before = figures(analyst, year);
        String today = LocalDate.now().toString();
        String policeName = "Lupu" + UUID.randomUUID().toString().substring(0, 6);
        String typedName = "Ivanov" + UUID.randomUUID().toString().substring(0, 6);
        String policeSignal = given().baseUri(LocalStack.GATEWAY).auth()
                .oauth2(Keycloak.clientToken("police-zwb-system", "police-dev-secret")).contentType(ContentType.JSON)
                .body(Map.of("externalReference", "AVIM-" + UUID.randomUUID(), "sourceType", "POLICE_AVIM",
                        "presumedVictim",
                        Map.of("firstName", "Ana", "lastName", policeName, "dateOfBirth",
                                LocalDate.now().minusYears(16).toString()),
                        "exploitationTypes", List.of("CRIMINAL"), "residenceStatus", "UNKNOWN", "municipality",
                        "Bergen op Zoom", "alsoSuspect", true))
                .when().post("/trafficking/api/signals").then().statusCode(201).extract().path("id");

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(UI + "/");
            Browser.logIn(page, "politie-trafficking-coordinator");
            page.selectOption("#type", "CRIMINAL");
            page.selectOption("#minor", "MINOR");
            page.click("#filters button[type=submit]");
            page.waitForSelector("#signals a:has-text('Ana " + policeName + "')");
            looked(page, "issue20-t01-inbox-minors");

            page.click("#new-signal");
            page.waitForSelector("#save-signal");
            page.selectOption("#sourceType", "CARE_PROVIDER");
            page.fill("#firstName", "Pavel");
            page.fill("#lastName", typedName);
            page.check("#exploitationTypes-LABOUR");
            page.selectOption("#residenceStatus", "RELEVANT");
            page.fill("#description", "Slaapt op de bouwplaats, paspoort ingenomen");
            page.click("#save-signal");
            page.waitForSelector("#municipality-error");
            assertTrue(page.textContent("#municipality-error").contains("Maak een keuze."));
            assertEquals(typedName, page.inputValue("#lastName"));
            assertEquals("Slaapt op de bouwplaats, paspoort ingenomen", page.inputValue("#description"));
            looked(page, "issue20-t02-new-signal-refused");
            page.selectOption("#municipality", "Woensdrecht");
            page.click("#save-signal");
            page.waitForSelector("#saved");

            page.selectOption("#outcome", "ADVICE");
            page.fill("#advice", "Aanmelden bij het Juridisch Loket en de Arbeidsinspectie");
            page.fill("#rationale", "Betrokkene heeft onderdak bij familie; geen acute dreiging");
            page.click("#confirm-decision-step summary");
            page.click("#confirm-decision");
            page.waitForSelector("#outcome dd:has-text('Advies')");

            page.navigate(UI + "/signals/" + policeSignal);
            page.selectOption("#outcome", "COORDINATED_APPROACH");
            page.fill("#rationale", "Minderjarige; opvang, voogdij en veiligheid vragen meerdere partners");
            page.click("#confirm-decision-step summary");
            page.click("#confirm-decision");
            page.waitForURL("**/trafficking/ui/approaches/*?saved=started");
            String approachUrl = page.url().replaceAll("[?#].*", "");

            page.fill("#stepDescription", "Voogd aanvragen bij Nidos");
            page.fill("#stepOwner", "Jeugdbescherming");
            page.fill("#stepDue", LocalDate.now().plusDays(3).toString());
            saved(page, "#save-step");
            for (String shelter : List.of("Jade Zorggroep", "Fier Leeuwarden")) {
                page.fill("#shelterName", shelter);
                saved(page, "#save-shelter");
            }
            page.navigate(UI + "/shelters");
            page.waitForSelector("#open-shelters td:has-text('Jade Zorggroep')");
            looked(page, "issue20-t03-open-shelter-requests");
            page.navigate(approachUrl);
            answer(page, "Jade Zorggroep", "REFUSED", "Geen plek voor minderjarigen");
            answer(page, "Fier Leeuwarden", "PLACED", null);

            page.fill("#reportedOn", today);
            page.fill("#reportingOrganisation", "ZVH De Markiezaten");
            page.fill("#reference", "CM-" + year + "-" + policeName);
            saved(page, "#save-national");
            page.selectOption("#closureReason", "GOALS_REACHED");
            page.click("#confirm-close-step summary");
            page.click("#confirm-close");
            page.waitForSelector("#status:has-text('Afgesloten')");
            looked(page, "issue20-t04-approach-closed");

            page.navigate(UI + "/registers/signals-table");
            page.fill("#heldOn", today);
            page.fill("#attendees", "Politie Zeeland-West-Brabant\nJeugdbescherming\nGemeente Woensdrecht");
            page.check("input[name=signalsDiscussed][value='" + policeSignal + "']");
            page.check("label:has-text('Pavel " + typedName + "')");
            page.fill("#followUp", "Navragen bij de school van de minderjarige");
            page.click("#save-session");
            page.waitForSelector("#saved");
            looked(page, "issue20-t05-signals-table");

            page.navigate(UI + "/registers/awareness");
            page.fill("#heldOn", today);
            page.fill("#audience", "Jongerenwerkers");
            page.fill("#organisation", "Gemeente Bergen op Zoom");
            page.fill("#participants", "14");
            page.click("#save-awareness");
            page.waitForSelector("#saved");
            looked(page, "issue20-t06-awareness");
        }

        JsonPath after = figures(analyst, year);
        // persons' counts below the small-cell threshold are withheld (null, named in suppressed); meetings are exact
        PublishedFigure.grew(before, after, "signals", 2);
        PublishedFigure.grew(before, after, "outcomes.find { it.key == 'ADVICE' }.signals", "outcomes.ADVICE", 1);
        PublishedFigure.grew(before, after, "outcomes.find { it.key == 'COORDINATED_APPROACH' }.signals",
                "outcomes.COORDINATED_APPROACH", 1);
        for (String count : List.of("shelter.refusals", "shelter.placements", "reportedToNationalCentre")) {
            PublishedFigure.grew(before, after, count, 1);
        }
        for (String count : List.of(quarter + "sessions", "awareness.sessions")) {
            assertEquals(1, after.getInt(count) - before.getInt(count), count);
        }
        PublishedFigure.grew(before, after, "shelter.requests", 2);
        PublishedFigure.grew(before, after, quarter + "signalsDiscussed",
                "signalsTable." + after.getInt(quarter + "quarter") + ".signalsDiscussed", 2);
        assertEquals(14, after.getInt("awareness.participants") - before.getInt("awareness.participants"));

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/report?year=" + year);
            Browser.logIn(page, "politie-analyst");
            page.waitForSelector("#table-trafficking-outcomes");
            looked(page, "issue20-t07-annual-report");
        }
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    /** The shelter's answer in its row of the approach page (htmx, behind the confirmation step). */
    private static void answer(Page page, String shelter, String status, String reason) {
        Locator row = page.locator("#shelter-requests tr", new Page.LocatorOptions().setHasText(shelter));
        row.locator("select[name=status]").selectOption(status);
        if (reason != null) {
            row.locator("input[name=refusalReason]").fill(reason);
        }
        row.locator("details.zvh-confirm summary").click();
        row.locator("details.zvh-confirm button[type=submit]").click();
        row.locator("span.current",
                new Locator.LocatorOptions().setHasText("PLACED".equals(status) ? "Geplaatst" : "Geweigerd")).waitFor();
    }

    /** Sends a form of the approach page; a refusal is a finding, then waits for the page with its notice. */
    private void saved(Page page, String button) {
        page.evaluate("() => { window.zvhBefore = true; }");
        page.click(button);
        page.waitForFunction("() => !window.zvhBefore && document.readyState === 'complete'");
        page.waitForSelector("#saved, #error-summary");
        if (page.locator("#error-summary").count() > 0) {
            findings.add(button + " was refused: " + page.textContent("#error-summary").replaceAll("\\s+", " "));
        }
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
