package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.nio.file.Files;
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
 * Issue 23, attack 2, on the real stack through the gateway: the data-subject export for an alleged exploiter held the
 * victim's shelter and safety measures, and there was no review before release. Now the house's privacy officer (with
 * a second factor) composes a draft on screen, sees every withheld item with its ground in Dutch and none of the
 * victim's data, ticks that the draft is reviewed and releases it; the released file holds the exploiter's own data
 * and a general statement, never the victim's shelter, safety measures or the list of withheld items.
 */
@ExtendWith(LocalStack.class)
class SubjectAccessIsReviewedBeforeReleaseOnScreenIT {
    private final List<String> findings = new ArrayList<>();

    @Test
    void theOfficerReviewsTheDraftAndReleasesTheExploitersExportWithoutTheVictim() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String coordinator = Keycloak.userToken("politie-trafficking-coordinator");
        String signal = given().baseUri(LocalStack.GATEWAY).auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("sourceType", "POLICE_AVIM", "sourceName", "AVIM Zeeland-West-Brabant", "presumedVictim",
                        Map.of("firstName", "Ioana", "lastName", "Slachtoffer" + suffix, "dateOfBirth", "1996-04-12"),
                        "otherPersons",
                        List.of(Map.of("role", "PRESUMED_EXPLOITER", "firstName", "Marco", "lastName",
                                "Uitbuiter" + suffix)),
                        "exploitationTypes", List.of("LABOUR"), "residenceStatus", "NOT_RELEVANT", "municipality",
                        "Roosendaal", "alsoSuspect", false, "victimPerspective", "Bang om werk en woning te verliezen"))
                .when().post("/trafficking/api/signals").then().statusCode(201).extract().path("id");
        String approach = given().baseUri(LocalStack.GATEWAY).auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("outcome", "COORDINATED_APPROACH")).when()
                .post("/trafficking/api/signals/" + signal + "/outcome").then().statusCode(200).extract()
                .path("approachId");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("shelterName", "Opvang Veilig" + suffix, "categorical", false)).when()
                .post("/trafficking/api/approaches/" + approach + "/shelter-requests").then().statusCode(201);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body(Map.of("safetyMeasures", "Geheim adres " + suffix, "reflectionPeriodStart",
                        LocalDate.now().toString(), "reflectionPeriodEnd", LocalDate.now().plusMonths(3).toString()))
                .when().put("/trafficking/api/approaches/" + approach + "/care-route").then().statusCode(200);
        String exploiter = given().baseUri(LocalStack.GATEWAY).auth().oauth2(coordinator).when()
                .get("/trafficking/api/signals/" + signal).then().statusCode(200).extract().path("otherPersons[0].id");

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/subject-access");
            Browser.logIn(page, "markiezaten-privacy-officer");
            page.waitForSelector("#otp");
            page.fill("#otp", Totp.now(Totp.DEMO_SECRET));
            page.click("#kc-login");
            page.waitForSelector("#subject-access");
            page.fill("#personId", exploiter);
            looked(page, "issue23-subject-01-request");
            page.click("#compose");
            page.waitForSelector("#release");
            looked(page, "issue23-subject-02-draft-review");

            String withheld = page.textContent("#withheld");
            assertTrue(withheld.contains("Aanpak, opvang en veiligheidsmaatregelen van het slachtoffer"), withheld);
            assertTrue(withheld.contains("Veiligheid van het slachtoffer of van anderen"), withheld);
            assertTrue(withheld.contains("Mensenhandel"), withheld);
            String review = page.textContent("main");
            assertFalse(review.contains("Opvang Veilig" + suffix) || review.contains("Geheim adres"), review);
            assertFalse(review.contains("SAFETY_OF_OTHERS") || review.contains("victim-approach"), review);

            page.check("#reviewed");
            Download download = page.waitForDownload(() -> page.click("#release-json"));
            String released = Files.readString(download.path());
            assertTrue(released.contains("Uitbuiter" + suffix), released);
            assertTrue(released.contains("\"status\" : \"released\""), released);
            assertFalse(released.contains("Opvang Veilig" + suffix), released);
            assertFalse(released.contains("Geheim adres"), released);
            assertFalse(released.contains("Slachtoffer" + suffix), released);
            assertFalse(released.contains("\"withheld\""), released);
        }

        // without the review, nothing is released
        String officer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(officer).contentType(ContentType.URLENC)
                .formParam("personId", exploiter).when().post("/subject-access/release.json").then().statusCode(400);
        assertEquals(List.of(), findings);
    }

    /** A screenshot of the page, and what axe-core and the shell's checks find on it. */
    private void looked(Page page, String name) {
        Browser.screenshot(page, name);
        Axe.run(page).forEach(v -> findings.add(name + " axe: " + v));
        ShellPage.check(page).forEach(f -> findings.add(name + " shell: " + f));
    }
}
