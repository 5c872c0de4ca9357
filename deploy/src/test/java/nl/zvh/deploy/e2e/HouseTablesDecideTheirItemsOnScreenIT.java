package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
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
 * The house's other tables (issue 24) in a real browser through the gateway, one test per kind: the house's process
 * director sets the table up on screen (Politie Zeeland-West-Brabant a member); items arrive (I28: the police's system
 * with client credentials through the gateway, and the week's CSV uploaded on screen; the others: one typed in the
 * form, four more by API); a meeting is planned, the items put on its agenda and each decided on screen; the analyst's
 * figures then count the kind's decisions (five, so the small-cell rule prints them) and the annual report shows the
 * kind's table. A police member sees the items; Woonkwartier, a member of none of these tables, gets a 404 for the
 * table's page and API and does not see it in its list. An I28 Wvggz report shows its running investigation. axe-core
 * finds nothing on the overview, the set-up form, the table page and the meeting page.
 */
@ExtendWith(LocalStack.class)
class HouseTablesDecideTheirItemsOnScreenIT {
    static final String POLICE = "Politie Zeeland-West-Brabant";
    static final String STAFF = "markiezaten-process-director";

    @Test
    void i28ReportsArriveByApiAndUploadAndAreDecided() {
        run("I28", "TRIP", "WVGGZ_REPORT", Map.of());
    }

    @Test
    void prolificOffendersGetAgreements() {
        run("PROLIFIC_OFFENDERS", "NO_ACTION", "AGREEMENTS_MADE", Map.of("agreements", "Meldplicht en begeleiding"));
    }

    @Test
    void lpcoDecidesSettlements() {
        run("LPCO", "AGREEMENTS_MADE", "SUMMONS", Map.of());
    }

    @Test
    void youthAftercareAgreesPlans() {
        run("YOUTH_AFTERCARE", "SUMMONS", "AFTERCARE_PLAN", Map.of());
    }

    @Test
    void awareJoinsTracks() {
        run("AWARE", "AFTERCARE_PLAN", "AWARE_JOINED",
                Map.of("trackEnd", LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(3).toString(),
                        "responsibleOrganisation", POLICE));
    }

    /**
     * One kind's whole round: set up, items in, meeting, decisions ({@code wrong}: an outcome of another kind, which
     * the form does not even offer), figures and report, and what another organisation sees.
     */
    private void run(String kind, String wrong, String outcome, Map<String, String> extra) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = Labels.kind(kind) + " " + tag;
        String staffToken = Keycloak.userToken(STAFF);
        String table;
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/triage/ui/");
            Browser.logIn(page, STAFF);
            page.waitForURL(LocalStack.GATEWAY + "/triage/ui/tables");
            noViolations(page, "tables overview");
            page.click("#new-table");
            page.waitForSelector("#table-form");
            page.selectOption("#kind", kind);
            page.fill("#name", name);
            page.click("#save");
            page.waitForSelector("#chairOrganisation-error");
            assertEquals(name, page.inputValue("#name"), "a refused form keeps what was typed");
            noViolations(page, "set-up form with its error");
            page.fill("#chairOrganisation", "ZVH De Markiezaten");
            page.fill("#members", POLICE + "\nGGD West-Brabant");
            if (kind.equals("I28")) {
                page.fill("#submitters", POLICE);
            }
            if (kind.equals("YOUTH_AFTERCARE")) {
                page.fill("#municipality", "Roosendaal");
                page.fill("#contactName", "Team nazorg " + tag);
            }
            page.click("#save");
            page.waitForURL(Pattern.compile(".*/triage/ui/tables\\?saved=created"));
            page.click("text=" + name);
            page.waitForURL(Pattern.compile(".*/triage/ui/tables/[0-9a-f-]{36}"));
            table = page.url().replaceAll(".*/tables/([0-9a-f-]{36}).*", "$1");

            if (kind.equals("I28")) {
                String police = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
                for (int i = 0; i < 4; i++) {
                    given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).contentType("application/json")
                            .body(Map.of("externalRef", "PL-" + tag + "-" + i, "municipality", "Roosendaal", "summary",
                                    "Niet-acute melding verward gedrag " + i))
                            .post("/triage/api/tables/" + table + "/items").then().statusCode(201);
                }
                page.navigate(LocalStack.GATEWAY + "/triage/ui/tables/" + table);
                page.setInputFiles("#file",
                        new com.microsoft.playwright.options.FilePayload("week.csv", "text/csv",
                                ("registratienummer;datum;gemeente;voornaam;achternaam;geboortedatum;samenvatting\n"
                                        + "PL-" + tag + "-2;01-12-2026;Roosendaal;;;;dubbel\n" + "PL-" + tag
                                        + "-9;02-12-2026;Tholen;Kees;Verward;;Roept op straat\n")
                                        .getBytes(StandardCharsets.UTF_8)));
                page.click("#load");
                page.waitForSelector("#saved");
                assertTrue(page.textContent("#saved").contains("1 meldingen geladen, 1 stonden er al"),
                        page.textContent("#saved"));
            } else {
                page.fill("#firstName", "Eerste");
                page.fill("#lastName", "Persoon " + tag);
                if (!kind.equals("AWARE")) {
                    page.fill("#birthDate", kind.equals("PROLIFIC_OFFENDERS") ? "1990-04-04" : "2010-04-04");
                }
                if (!kind.equals("YOUTH_AFTERCARE")) {
                    page.fill("#municipality", "Roosendaal");
                }
                if (kind.equals("PROLIFIC_OFFENDERS")) {
                    page.fill("#district", "West-Brabant-West");
                    page.selectOption("#category", "VERY_ACTIVE");
                }
                page.click("#add-item");
                page.waitForSelector("#saved");
                for (int i = 1; i < 5; i++) {
                    given().baseUri(LocalStack.GATEWAY).auth().oauth2(staffToken).contentType("application/json")
                            .body(Map.of("lastName", "Persoon " + tag + " " + i, "birthDate",
                                    kind.equals("PROLIFIC_OFFENDERS") ? "1985-01-0" + i : "2009-01-0" + i,
                                    "municipality", "Roosendaal", "category", "PROLIFIC"))
                            .post("/triage/api/tables/" + table + "/items").then().statusCode(201);
                }
                page.reload();
            }
            assertEquals(5, page.locator("#item-list tbody tr").count(), "five items wait on the table");
            noViolations(page, "table page");
            Browser.screenshot(page, "table-" + kind.toLowerCase());

            page.fill("#date", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
            page.click("#plan");
            page.waitForURL(Pattern.compile(".*/meetings/[0-9a-f-]{36}\\?saved=planned"));
            for (var box : page.locator("input[name='itemIds']").all()) {
                box.check();
            }
            page.click("#put-on-agenda");
            page.waitForSelector("#agenda-list");
            assertEquals(5, page.locator("#agenda-list > li").count());
            assertEquals(0, page.locator("option[value='" + wrong + "']").count(),
                    "the form offers only this kind's outcomes");
            for (int i = 0; i < 5; i++) {
                var form = page.locator("#agenda-list form").first();
                form.locator("select[name='outcome']").selectOption(outcome);
                extra.forEach((field, value) -> form.locator("[name='" + field + "']").fill(value));
                form.locator("button[type='submit']").click();
                page.waitForURL(Pattern.compile(".*\\?saved=decided.*"));
            }
            assertEquals(0, page.locator("#agenda-list form").count(), "every item decided");
            assertTrue(page.textContent("#agenda-list").contains(Labels.of(outcome)), page.textContent("#agenda-list"));
            noViolations(page, "meeting page");
            Browser.screenshot(page, "table-meeting-" + kind.toLowerCase());
            if (kind.equals("I28")) {
                page.navigate(LocalStack.GATEWAY + "/triage/ui/tables/" + table);
                assertEquals(5, page.locator("#investigation-list tbody tr").count(),
                        "each Wvggz report started the municipality's exploratory investigation");
                assertTrue(page.textContent("#investigation-list").contains("Loopt"));
            }
        }

        JsonPath figures = given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("politie-analyst"))
                .get("/triage/api/tables/figures?year=" + LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear()).then()
                .statusCode(200).extract().jsonPath();
        Object counted = figures.get("tables.find { it.kind == '" + kind + "' }.outcomes." + outcome);
        assertNotNull(counted, "five decisions are no small cell: " + figures.prettify());
        assertTrue(((Number) counted).intValue() >= 5, figures.prettify());

        String outsider = Keycloak.userToken("woonkwartier-triage-member");
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(outsider).get("/triage/api/tables/" + table).then()
                .statusCode(404);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(outsider).get("/triage/api/tables/" + table + "/items").then()
                .statusCode(404);
        assertFalse(given().baseUri(LocalStack.GATEWAY).auth().oauth2(outsider).get("/triage/api/tables").then()
                .statusCode(200).extract().asString().contains(tag));
        assertEquals(5,
                given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("politie-triage-member"))
                        .get("/triage/api/tables/" + table + "/items").then().statusCode(200).extract().jsonPath()
                        .getList("id").size(),
                "a member organisation sees the table's items");
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/report");
            Browser.logIn(page, "politie-analyst");
            page.waitForLoadState();
            assertTrue(page.content().contains(Labels.kind(kind)), "the annual report has the kind's table");
        }
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }

    /** The Dutch words the pages use for the codes this test chooses. */
    static final class Labels {
        private Labels() {
        }

        static String of(String outcome) {
            return switch (outcome) {
                case "WVGGZ_REPORT" -> "Melding Wvggz";
                case "AGREEMENTS_MADE" -> "Afspraken gemaakt";
                case "SUMMONS" -> "Dagvaarding";
                case "AFTERCARE_PLAN" -> "Nazorgplan afgesproken";
                default -> "Aangesloten op AWARE";
            };
        }

        static String kind(String kind) {
            return switch (kind) {
                case "I28" -> "Overleg verward gedrag (I28)";
                case "PROLIFIC_OFFENDERS" -> "Veelplegersoverleg";
                case "LPCO" -> "Leerplicht casusoverleg (LPCO)";
                case "YOUTH_AFTERCARE" -> "Nazorgtafel jeugd";
                default -> "AWARE-overleg";
            };
        }
    }
}
