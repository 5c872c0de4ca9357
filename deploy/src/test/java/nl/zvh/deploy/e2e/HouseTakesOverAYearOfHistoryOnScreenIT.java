package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.deploy.ui.Axe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * History import (issue 25) on screen through the gateway with real Keycloak tokens. De Markiezaten's functional
 * administrator takes over 2022 from the previous system: a file with one bad row (a municipality of another house)
 * is rejected row by row in the dry run and imports nothing; the good file (40 referrals written for this test:
 * 12, 8, 5 and 15 per quarter; 20 approaches, 15 advices, 5 withdrawn) is checked and imported. The analyst's
 * intake figures of 2022 then show that inflow per quarter and those outcomes, and triage, following intake's
 * ReferralImported over Kafka, counts the 35 decisions of 2022. The administrator then takes over CoVeCa's cases (21,
 * started in 2021 and 2022, some closed): the annual report counts 11 active on 1 January and 10 on 31 December. The registration numbers are fixed, so a second run
 * of this test on the same stack imports nothing and finds the same figures (the same file twice imports once).
 */
@ExtendWith(LocalStack.class)
class HouseTakesOverAYearOfHistoryOnScreenIT {
    static final String HEADER = "registratienummer;ingediend;gemeente;melder;domein;probleemgebieden;voornaam;"
            + "tussenvoegsel;achternaam;geboortedatum;bsn;uitkomst;besluitdatum;programma";

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token);
    }

    @Test
    void theYearIsCheckedImportedOnceAndCountedInItsOwnQuarters() {
        String good = year2022();
        String bad = String.join("\n", HEADER,
                "MZ-2022-BAD-1;2022-02-01;Roosendaal;Politie Zeeland-West-Brabant;straf;DEBTS;Anna;;Fout;1990-01-01;;advies;2022-02-09;",
                "MZ-2022-BAD-2;2022-02-02;Den Haag;Politie Zeeland-West-Brabant;straf;DEBTS;Bert;;Fout;1990-01-02;;advies;2022-02-09;");
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(LocalStack.GATEWAY + "/intake/ui/admin/history");
            Browser.logIn(page, "politie-functional-admin");
            page.waitForSelector("#history");
            upload(page, "fout-2022.csv", bad, "#dry-run");
            assertTrue(page.textContent("#outcome").contains("1 regel is afgekeurd"), page.textContent("#outcome"));
            String rejected = page.textContent("#rejected");
            assertTrue(rejected.contains("3") && rejected.contains("gemeente")
                    && rejected.contains("Geen gemeente van dit huis."), rejected);
            Browser.screenshot(page, "issue25-history-01-bad-row-named");
            assertEquals(List.of(), Axe.run(page), "the page with rejected rows passes axe");
            upload(page, "fout-2022.csv", bad, "#import");
            assertTrue(page.textContent("#outcome").contains("Niets geïmporteerd"), page.textContent("#outcome"));

            upload(page, "markiezaten-2022.csv", good, "#dry-run");
            String checked = page.textContent("#outcome");
            assertTrue(checked.contains("40 regels gelezen"), checked);
            assertTrue(checked.contains("40 nieuw over te nemen, 0 al eerder")
                    || checked.contains("0 nieuw over te nemen, 40 al eerder"), checked);
            upload(page, "markiezaten-2022.csv", good, "#import");
            String imported = page.textContent("#outcome");
            assertTrue(imported.contains("40 aanmeldingen overgenomen, 0 al eerder")
                    || imported.contains("0 aanmeldingen overgenomen, 40 al eerder"), imported);
            Browser.screenshot(page, "issue25-history-02-imported");
            upload(page, "markiezaten-2022.csv", good, "#import");
            assertTrue(page.textContent("#outcome").contains("0 aanmeldingen overgenomen, 40 al eerder"),
                    page.textContent("#outcome"));

            // CoVeCa's own history: its cases with their start and end dates
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/admin/history");
            page.waitForSelector("#history");
            upload(page, "covecazaken-2022.csv", cases(), "#dry-run");
            assertTrue(page.textContent("#outcome").contains("21"), page.textContent("#outcome"));
            upload(page, "covecazaken-2022.csv", cases(), "#import");
            Browser.screenshot(page, "issue25-history-03-coveca-cases-imported");
            assertEquals(List.of(), Axe.run(page), "CoVeCa's history page passes axe");
        }

        String analyst = Keycloak.userToken("politie-analyst");
        JsonPath intake = as(analyst).when().get("/intake/api/figures?year=2022").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(40L, intake.getLong("referrals"), "nothing but the imported year in 2022");
        assertEquals(List.of(12, 8, 5, 15), intake.getList("perQuarter.referrals"));
        assertEquals(List.of(7, 8, 0, 5), intake.getList("perQuarter.approaches"));
        assertEquals(20L, intake.getLong("outcomes.approaches"));
        assertEquals(15L, intake.getLong("outcomes.advices"));
        assertEquals(5L, intake.getLong("outcomes.withdrawn"));
        JsonPath coveca = as(analyst).when().get("/coveca/api/figures?year=2022").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(11L, coveca.getLong("activeOnJanuary1"));
        assertEquals(10L, coveca.getLong("activeOnDecember31"));
        String active = as(analyst).when().get("/report/csv/coveca-active?year=2022").then().statusCode(200).extract()
                .asString();
        assertTrue(active.contains("11") && active.contains("10"), "the annual report's CoVeCa table: " + active);
        String quarters = as(analyst).when().get("/report/csv/quarters?year=2022").then().statusCode(200).extract()
                .asString();
        assertTrue(quarters.contains("12") && quarters.contains("15"), "the report's quarter inflow: " + quarters);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertEquals(35L,
                        as(analyst).when().get("/triage/api/triage/figures?from=2022-01-01&to=2022-12-31").then()
                                .statusCode(200).extract().jsonPath().getLong("referralsTriaged"),
                        "triage follows ReferralImported and counts the year's decisions"));
    }

    /**
     * 21 CoVeCa cases in Roosendaal: 6 started 1 June 2021 and closed (stable) 1 June 2022, 5 started 1 September
     * 2021 and still open, 5 started 1 March 2022 and closed 1 September 2022, 5 started 1 May 2022 and open. Active
     * on 1 January 2022: 11; on 31 December 2022: 10; started in 2022: 5 in Q1 and 5 in Q2.
     */
    static String cases() {
        String[][] groups = {{"2021-06-01", "2022-06-01"}, {"2021-09-01", ""}, {"2022-03-01", "2022-09-01"},
                {"2022-05-01", ""}};
        int[] sizes = {6, 5, 5, 5};
        List<String> rows = new ArrayList<>(List
                .of("registratienummer;gestart;gesloten;reden;gemeente;intensiteit;voornaam;tussenvoegsel;achternaam;"
                        + "geboortedatum;bsn"));
        int n = 0;
        for (int g = 0; g < groups.length; g++) {
            for (int i = 0; i < sizes[g]; i++, n++) {
                rows.add(String.join(";", "MZ-CV-" + (2000 + n), groups[g][0], groups[g][1],
                        groups[g][1].isEmpty() ? "" : "stabiel", "Roosendaal", "maatwerk", "Zaak", "", "Historie" + n,
                        String.format("19%02d-0%d-2%d", 60 + n, 1 + n % 9, n % 8), ""));
            }
        }
        return String.join("\n", rows);
    }

    private static void upload(Page page, String name, String csv, String button) {
        page.setInputFiles("#file", new FilePayload(name, "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.click(button);
        page.waitForSelector("#outcome");
    }

    /**
     * 40 referrals of 2022 in Roosendaal, submitted on the 10th of a quarter's months and decided a week later; per
     * quarter the outcomes {approaches, advices, withdrawn}: Q1 {7, 5, 0}, Q2 {8, 0, 0}, Q3 {0, 5, 0}, Q4 {5, 5, 5}.
     * Every count of the figures is 0 or at least 5, so none is withheld as a small count.
     */
    static String year2022() {
        int[][] outcomes = {{7, 5, 0}, {8, 0, 0}, {0, 5, 0}, {5, 5, 5}};
        String[] words = {"aanpak", "advies", "ingetrokken"};
        List<String> rows = new ArrayList<>(List.of(HEADER));
        int n = 0;
        for (int q = 0; q < 4; q++) {
            int i = 0;
            for (int kind = 0; kind < 3; kind++) {
                for (int k = 0; k < outcomes[q][kind]; k++, i++, n++) {
                    int month = q * 3 + 1 + i % 3;
                    rows.add(String.join(";", "MZ-2022-" + (1000 + n), String.format("2022-%02d-10", month),
                            "Roosendaal", "Politie Zeeland-West-Brabant", "straf", "HOUSING_NUISANCE|DEBTS", "Historie",
                            "", "Persoon" + n, String.format("19%02d-0%d-1%d", 50 + n, 1 + n % 9, n % 10), "",
                            words[kind], String.format("2022-%02d-17", month), kind == 0 ? "coveca" : ""));
                }
            }
        }
        return String.join("\n", rows);
    }
}
