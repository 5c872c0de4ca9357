package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Management information end to end with real Keycloak tokens: a police officer refers a batch of persons through
 * the gateway, the triage chair starts approaches and gives advices, the rest stays untriaged; the analyst's figures
 * of the year reconcile (approaches + advices + no action + withdrawn + untriaged = referrals, shares add up to
 * 100 %), the analyst is refused every person endpoint, no CSV or PDF export holds the seeded name, BSN or date of
 * birth and small counts are suppressed, and the annual-report page renders with its charts in headless Chromium.
 */
@ExtendWith(LocalStack.class)
class AnalystAnnualReportReconcilesWithoutPersonsIT {
    static final String FIRST_NAME = "Gijsbertha";
    static final String LAST_NAME = "Cijferkamp";
    static final String BSN = "111222333";
    static final String BIRTH = "1961-04-13";
    // five of each, in one municipality: every count the reconciliation reads is 0 or at least 5, so none is withheld
    // as a small cell (the figures API answers a withheld count as null)
    static final int APPROACHES = 5;
    static final int ADVICES = 5;
    static final int UNTRIAGED = 5;

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void generatedReferralsGiveReconcilingFiguresAndPersonFreeExportsAndAChartedReport() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        String analyst = Keycloak.userToken("politie-analyst");
        JsonPath before = figures(analyst, year);

        String referrer = Keycloak.userToken("politie-referrer");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < APPROACHES + ADVICES + UNTRIAGED; i++) {
            ids.add(as(referrer).body(referral(i)).when().post("/intake/api/referrals").then().statusCode(201).extract()
                    .path("id"));
        }
        String chair = Keycloak.userToken("politie-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            List<String> queued = as(chair).when().get("/triage/api/triage/queue").then().statusCode(200).extract()
                    .path("referralId");
            return queued.containsAll(ids);
        });
        // the table decides at the table: a session that started at midnight today, the decided referrals on it
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String session = as(chair).body(Map.of("date", today, "time", "00:00", "reason", "E2E: jaarcijfers")).when()
                .post("/triage/api/triage/sessions").then().statusCode(201).extract().path("sessionId");
        for (int i = 0; i < APPROACHES + ADVICES; i++) {
            as(chair).body(Map.of("referralId", ids.get(i))).when()
                    .post("/triage/api/triage/sessions/" + session + "/items").then().statusCode(200);
        }
        for (int i = 0; i < APPROACHES + ADVICES; i++) {
            Map<String, Object> decision = i < APPROACHES
                    ? Map.of("outcome", "APPROACH_STARTED", "programme", "COVECA", "intensity", "MAATWERK",
                            "subApproach", "REGULAR", "rationale", "Meerdere ketens nodig.", "membersPresent",
                            List.of("OM"))
                    : Map.of("outcome", "ADVICE", "advice", "Wijkteam inschakelen", "rationale", "Enkelvoudig.",
                            "membersPresent", List.of("OM"));
            as(chair).body(decision).when().post("/triage/api/triage/referrals/" + ids.get(i) + "/decision").then()
                    .statusCode(201);
        }

        // the figures follow the registrations (intake hears the decisions from triage) and reconcile
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath after = figures(analyst, year);
            assertEquals(before.getLong("referrals") + ids.size(), after.getLong("referrals"));
            assertEquals(before.getLong("outcomes.approaches") + APPROACHES, after.getLong("outcomes.approaches"));
            assertEquals(before.getLong("outcomes.advices") + ADVICES, after.getLong("outcomes.advices"));
            assertEquals(before.getLong("outcomes.untriaged") + UNTRIAGED, after.getLong("outcomes.untriaged"));
        });
        JsonPath after = figures(analyst, year);
        assertEquals(after.getLong("referrals"),
                after.getLong("outcomes.approaches") + after.getLong("outcomes.advices")
                        + after.getLong("outcomes.noAction") + after.getLong("outcomes.withdrawn")
                        + after.getLong("outcomes.untriaged"));
        assertEquals(after.getLong("referrals"), sumOf(after, "perQuarter.referrals"));
        assertEquals(after.getLong("referrals"), sumOf(after, "perMunicipality.referrals"));
        assertEquals(after.getLong("referrals"), sumOf(after, "referrerDomains.referrals"));
        assertEquals(new BigDecimal("100.0"), percentages(after, "referrerDomains"));
        assertEquals(new BigDecimal("100.0"), percentages(after, "referrerOrganisations"));
        assertTrue(after.getLong("approachesByProgramme.COVECA") >= APPROACHES);

        // figures yes, persons never
        as(analyst).when().get("/triage/api/triage/figures").then().statusCode(200);
        String someId = ids.get(0);
        for (String personEndpoint : List.of("/intake/api/referrals", "/intake/api/referrals/" + someId,
                "/triage/api/triage/queue", "/triage/api/triage/referrals/" + someId + "/checks", "/coveca/api/cases",
                "/coveca/api/cases/" + UUID.randomUUID(), "/reintegration/api/tracks/" + UUID.randomUUID(),
                "/trafficking/api/signals", "/trafficking/api/signals/" + UUID.randomUUID(),
                "/trafficking/api/approaches", "/lifecourse/api/clients",
                "/lifecourse/api/clients/" + UUID.randomUUID(), "/lifecourse/api/candidates")) {
            assertEquals(403, as(analyst).when().get(personEndpoint).then().extract().statusCode(), personEndpoint);
        }

        // every table of the report as CSV, and the factsheets as PDF: no person, small counts suppressed
        assertTrue(tablesOf(analyst, "?year=" + year).containsAll(List.of("inflow", "quarters", "municipalities",
                "domains", "organisations", "problem-areas", "life-domains", "trafficking-types", "lifecourse")));
        for (String municipality : new String[]{null, "Tholen"}) {
            String query = "?year=" + year + (municipality == null ? "" : "&municipality=" + municipality);
            // a municipality's report has the tables of its own figures (not the house's other tables or the effect)
            for (String table : tablesOf(analyst, query)) {
                String csv = as(analyst).when().get("/report/csv/" + table + query).then().statusCode(200)
                        .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
                assertNoPerson(csv, table + " CSV");
                for (String line : csv.strip().split("\r\n")) {
                    for (String cell : line.split(";")) {
                        assertFalse(cell.strip().matches("[1-4]"),
                                "unsuppressed small count in " + table + ": " + line);
                    }
                }
            }
            byte[] pdf = as(analyst).when().get("/report/factsheet.pdf" + query).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Factsheet " + year), text);
                assertTrue(text.contains("Aanmeldingen"), text);
                if (municipality != null) {
                    assertTrue(text.contains("gemeente " + municipality), text);
                }
                assertNoPerson(text, "factsheet " + municipality);
            }
        }
        JsonPath tholen = as(analyst).when().get("/intake/api/figures?year=" + year + "&municipality=Tholen").then()
                .statusCode(200).extract().jsonPath();
        boolean small = List.of("approaches", "advices", "noAction", "withdrawn", "untriaged").stream()
                .mapToLong(k -> tholen.getLong("outcomes." + k)).anyMatch(n -> n > 0 && n < 5);
        String tholenCsv = as(analyst).when().get("/report/csv/inflow?year=" + year + "&municipality=Tholen").then()
                .statusCode(200).extract().asString();
        // a withheld cell is "x" (SmallCells.MARK): the small count and the next smallest of its row
        assertEquals(small, Pattern.compile("(?m)(^|;)x(;|\r?$)").matcher(tholenCsv).find(), tholenCsv);
        // the annual-report page in a real browser, reached from the analyst's tile
        try (Browser browser = new Browser()) {
            Page p = browser.newPage();
            p.navigate(LocalStack.GATEWAY + "/");
            Browser.logIn(p, "politie-analyst");
            p.waitForURL(LocalStack.GATEWAY + "/");
            p.click("text=Cijfers");
            p.waitForSelector("#report-title");
            assertTrue(p.textContent("#report-title").startsWith("Jaarcijfers " + year));
            String inflow = p.textContent("[data-table='inflow'] thead");
            for (String header : List.of("Aanmeldingen", "Gestarte aanpakken", "Gegeven adviezen", "Ongetriageerd")) {
                assertTrue(inflow.contains(header), inflow);
            }
            assertTrue(p.locator("figure[data-chart] svg rect").count() > 4, "charts with bars");
            for (String chart : List.of("inflow", "domains", "life-domains", "exploitation-types")) {
                assertEquals(1, p.locator("figure[data-chart='" + chart + "'] svg").count(), chart);
            }
            Browser.screenshot(p, "annual-report-politie-analyst");
            p.selectOption("#municipality", "Tholen");
            p.click("button[type=submit]");
            p.waitForURL(url -> url.contains("municipality=Tholen"));
            assertTrue(p.textContent("#report-title").contains("Tholen"));
            Browser.screenshot(p, "annual-report-tholen");
            assertNoPerson(p.content(), "report page");
        }
    }

    private static void assertNoPerson(String text, String where) {
        for (String seeded : List.of(FIRST_NAME, LAST_NAME, BSN, BIRTH, "13-04-1961", "13 april 1961")) {
            assertFalse(text.contains(seeded), where + " contains " + seeded);
        }
    }

    static Map<String, Object> referral(int i) {
        return Map.of("mainPerson",
                Map.of("firstName", FIRST_NAME, "lastName", LAST_NAME, "dateOfBirth", BIRTH, "bsn", BSN, "gender",
                        i % 2 == 0 ? "FEMALE" : "MALE"),
                "systemMembers", List.of(), "municipality", "Tholen", "problemAreas",
                List.of(i % 3 == 0 ? "ADDICTION" : "HOUSING_NUISANCE"), "question",
                "Jaarcijfers-test " + i + ": overlast en schulden, geen regie.", "urgency", "NORMAL", "personInformed",
                "INFORMED");
    }

    private static JsonPath figures(String analyst, int year) {
        return as(analyst).when().get("/intake/api/figures?year=" + year + "&municipality=Tholen").then()
                .statusCode(200).extract().jsonPath();
    }

    private static long sumOf(JsonPath f, String path) {
        return f.<Number>getList(path).stream().mapToLong(Number::longValue).sum();
    }

    private static BigDecimal percentages(JsonPath f, String list) {
        return f.<Object>getList(list + ".percent").stream().map(p -> new BigDecimal(p.toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1);
    }

    /** The ids of the tables the report page for {@code query} shows. */
    private static List<String> tablesOf(String analyst, String query) {
        String page = as(analyst).accept("text/html").when().get("/report" + query).then().statusCode(200).extract()
                .asString();
        List<String> tables = new ArrayList<>();
        Matcher m = Pattern.compile("data-table=\"([a-z0-9-]+)\"").matcher(page);
        while (m.find()) {
            tables.add(m.group(1));
        }
        return tables;
    }
}
