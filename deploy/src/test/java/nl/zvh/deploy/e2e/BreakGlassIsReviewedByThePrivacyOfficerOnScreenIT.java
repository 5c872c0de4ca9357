package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import nl.zvh.deploy.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, break-glass with oversight, on the real stack through the gateway: a housing process director breaks the
 * glass on a police case; the case's own process director reads on the case page who opened it, when and why; the
 * house's privacy officer (second factor) sees at once on the overview that grants wait for review, opens the weekly
 * review list, reviews the grant "Niet gerechtvaardigd" - refused without a note, in Dutch at the field - and with a
 * note, and sees it reviewed; the service holding the grant reports the review.
 */
@ExtendWith(LocalStack.class)
class BreakGlassIsReviewedByThePrivacyOfficerOnScreenIT {
    private final List<String> findings = new ArrayList<>();

    @Test
    void theOwnerIsToldAndThePrivacyOfficerReviewsTheGrantOnScreen() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String police = Keycloak.userToken("politie-process-director");
        String caseId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainPerson",
                        Map.of("firstName", "Piet", "lastName", "Toezicht-" + suffix, "dateOfBirth", "1980-03-04")))
                .when().post("/coveca/api/cases").then().statusCode(201).extract().path("id");
        String reason = "Melding acuut geweld, casus nodig voor crisisoverleg " + suffix;
        String housing = Keycloak.userToken("woonkwartier-process-director");
        String grant = given().baseUri(LocalStack.GATEWAY).auth().oauth2(housing).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "coveca-case", "resourceId", caseId, "reason", reason)).when()
                .post("/coveca/api/break-glass").then().statusCode(201).extract().path("id");

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/cases/" + caseId);
            Browser.logIn(page, "politie-process-director");
            page.waitForSelector("#break-glass-notices");
            String notice = page.textContent("#break-glass-notices");
            assertTrue(notice.contains("Noodtoegang:") && notice.contains("(Woonkwartier) opende dit dossier op")
                    && notice.contains("met reden: " + reason), notice);
            assertFalse(
                    notice.contains("woonkwartier-process-director") || notice.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT.*"),
                    "a name and a readable moment: " + notice);
            looked(page, "issue23-break-glass-01-owner-notice");
        }

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/privacy");
            Browser.logIn(page, "markiezaten-privacy-officer");
            page.waitForSelector("#otp");
            page.fill("#otp", Totp.now(Totp.DEMO_SECRET));
            page.click("#kc-login");
            page.waitForSelector("#grants-to-review");
            String count = page.textContent("#grants-to-review");
            assertTrue(count.contains("op beoordeling"), count);
            looked(page, "issue23-break-glass-02-overview-count");

            page.click("#grants-to-review a");
            page.waitForSelector("#grant-" + grant);
            String row = page.textContent("#grant-" + grant);
            assertTrue(row.contains(reason) && row.contains("Woonkwartier"), row);
            looked(page, "issue23-break-glass-03-review-list");

            page.click("#grant-" + grant + " a.review-link");
            page.waitForSelector("#review-form");
            assertTrue(page.textContent("#grant-reason").contains(reason));
            page.selectOption("#verdict", "NOT_JUSTIFIED");
            page.click("#review-form button[type=submit]");
            page.waitForSelector("#error-summary");
            assertTrue(
                    page.textContent("#note-field").contains("Schrijf waarom de noodtoegang niet gerechtvaardigd was"),
                    page.textContent("#note-field"));
            assertEquals("NOT_JUSTIFIED", page.inputValue("#verdict"), "the choice kept");
            looked(page, "issue23-break-glass-04-note-required");

            String note = "Geen noodgeval: het overleg kon wachten tot de regisseur bereikbaar was " + suffix;
            page.fill("#note", note);
            page.click("#review-form button[type=submit]");
            page.waitForSelector("#review-saved");
            String reviewed = page.textContent("#grant-" + grant);
            assertTrue(reviewed.contains("Niet gerechtvaardigd") && reviewed.contains(note), reviewed);
            assertEquals(0, page.locator("#grant-" + grant + " a.review-link").count(), "no second review");
            looked(page, "issue23-break-glass-05-reviewed");
        }

        String officer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(officer).queryParam("review", true).when()
                .get("/coveca/api/break-glass").then().statusCode(200)
                .body("find { it.id == '" + grant + "' }.review.verdict", equalTo("NOT_JUSTIFIED"))
                .body("find { it.id == '" + grant + "' }.review.reviewerName", equalTo("Esther Vermeulen"));
        assertEquals(List.of(), findings);
    }

    /** A screenshot of the page, and what axe-core and the shell's checks find on it. */
    private void looked(Page page, String name) {
        Browser.screenshot(page, name);
        Axe.run(page).forEach(v -> findings.add(name + " axe: " + v));
        ShellPage.check(page).forEach(f -> findings.add(name + " shell: " + f));
    }
}
