package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import nl.zvh.deploy.ui.Axe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * History import (issue 25) of the programmes on screen, through the gateway with real Keycloak tokens. De
 * Markiezaten's functional administrator opens the life-course, trafficking and re-integration tiles of the start page
 * (each leads to its "Geschiedenis overnemen"), checks and imports a file of 2019 written for this test (five life-
 * course clients included and closed, five trafficking signals with an advice, five DJI detentions with their
 * releases, all in Roosendaal); the analyst's figures of 2019 then count them in their own year. The registration
 * numbers are fixed, so a second run on the same stack imports nothing and finds the same figures.
 */
@ExtendWith(LocalStack.class)
class ProgrammesTakeOverTheirHistoryOnScreenIT {

    @Test
    void eachProgrammesHistoryIsImportedFromItsTileAndCountedInItsOwnYear() {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(LocalStack.GATEWAY + "/");
            Browser.logIn(page, "politie-functional-admin");
            take(page, "/lifecourse/", "levensloop-2019.csv", file(
                    "registratienummer;gestart;gesloten;reden;gemeente;voornaam;tussenvoegsel;achternaam;geboortedatum",
                    n -> "MZ-LL-2019-" + n + ";2019-0" + n + "-10;2019-1" + (n % 2)
                            + "-20;stabiel;Roosendaal;Lot;;Historie" + n + ";1970-01-0" + n),
                    "issue25-history-04-lifecourse");
            take(page, "/trafficking/", "signalen-2019.csv", file(
                    "registratienummer;ontvangen;signaalgever;vorm;uitkomst;afgehandeld;gemeente;voornaam;tussenvoegsel;"
                            + "achternaam;geboortedatum",
                    n -> "MZ-MH-2019-" + n + ";2019-0" + n + "-05;politie;arbeid;advies;2019-0" + n
                            + "-20;Roosendaal;Sig;;Historie" + n + ";1985-02-0" + n),
                    "issue25-history-05-trafficking");
            take(page, "/reintegration/", "detenties-2019.csv", file(
                    "registratienummer;gedetineerd;inrichting;vrijgelaten;gemeente;voornaam;tussenvoegsel;achternaam;"
                            + "geboortedatum",
                    n -> "MZ-DJI-2019-" + n + ";2019-0" + n + "-01;PI Breda;2019-1" + (n % 3) + "-01;Roosendaal;Det;;"
                            + "Historie" + n + ";1975-03-0" + n),
                    "issue25-history-06-reintegration");
        }
        String analyst = Keycloak.userToken("politie-analyst");
        assertEquals(5, figures(analyst, "/lifecourse").getInt("inclusions"), "life-course inclusions of 2019");
        assertEquals(5, figures(analyst, "/trafficking").getInt("signals"), "trafficking signals of 2019");
        JsonPath detentions = figures(analyst, "/reintegration");
        assertEquals(List.of("Roosendaal"), detentions.getList("municipality"));
        assertEquals(List.of(5), detentions.getList("detentions"), "detentions of 2019");
        assertEquals(List.of(5), detentions.getList("releases"), "releases of 2019");
    }

    /** From the start page's tile to the programme's history page; check, import, import again. */
    private static void take(Page page, String tile, String name, String csv, String screenshot) {
        page.navigate(LocalStack.GATEWAY + "/");
        page.click("#programmes a[href^='" + tile + "']");
        page.waitForSelector("#history");
        assertTrue(page.url().endsWith("/ui/admin/history"),
                "the tile leads the administrator to the history: " + page.url());
        upload(page, name, csv, "#dry-run");
        String checked = page.textContent("#outcome");
        assertTrue(checked.contains("5 regels gelezen"), checked);
        upload(page, name, csv, "#import");
        String imported = page.textContent("#outcome").strip();
        assertTrue(imported.startsWith("Geïmporteerd: 5") || imported.contains("5 al eerder"), imported);
        Browser.screenshot(page, screenshot);
        assertEquals(List.of(), Axe.run(page), name + ": the history page passes axe");
        upload(page, name, csv, "#import");
        assertTrue(page.textContent("#outcome").contains("5 al eerder"), page.textContent("#outcome"));
    }

    private static void upload(Page page, String name, String csv, String button) {
        page.setInputFiles("#file", new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.click(button);
        page.waitForSelector("#outcome");
    }

    private static String file(String header, IntFunction<String> row) {
        List<String> rows = new ArrayList<>(List.of(header));
        for (int n = 1; n <= 5; n++) {
            rows.add(row.apply(n));
        }
        return String.join("\n", rows);
    }

    private static JsonPath figures(String token, String programme) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(programme + "/api/figures?year=2019")
                .then().statusCode(200).extract().jsonPath();
    }
}
