package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.zvh.deploy.ui.Axe;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The national view end to end with real Keycloak tokens. A police officer refers a person with a known name and BSN
 * in De Markiezaten. The national analyst (realm role national-analyst, no house claim) reads De Markiezaten's
 * figures through the gateway by naming the house, the very figures the house's own analyst reads, from every figures
 * API the annual report reads; without a house or with an unknown one it gets a problem naming {@code house}; every
 * person endpoint answers 403. In headless Chromium, from the landing page's tile, the national page shows the four
 * houses as columns with figures from every service (no cell unavailable), passes axe (WCAG 2.1 AA), and neither the
 * page nor its CSV contains the seeded name or BSN. A house analyst gets 403 on /national and on another house's
 * figures, so {@code ?house=} opens no neighbour's figures.
 */
@ExtendWith(LocalStack.class)
class NationalAnalystComparesHousesIT {
    static final String FIRST_NAME = "Wilhelmina";
    static final String LAST_NAME = "Landsvergelijk";
    static final List<String> HOUSES = List.of("markiezaten", "haaglanden", "drenthe", "zeeland");

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void theNationalAnalystComparesEveryHouseAndSeesNoPerson() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        String bsn = bsn();
        String referrer = Keycloak.userToken("politie-referrer");
        String referral = as(referrer).body(referral(bsn)).when().post("/intake/api/referrals").then().statusCode(201)
                .extract().path("id");

        String national = Keycloak.userToken("national-analyst");
        String analyst = Keycloak.userToken("politie-analyst");
        // the national analyst reads the house's figures by naming it: exactly what the house's analyst reads
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String own = as(analyst).when().get("/intake/api/figures?year=" + year).then().statusCode(200).extract()
                    .asString();
            String named = as(national).when().get("/intake/api/figures?year=" + year + "&house=markiezaten").then()
                    .statusCode(200).extract().asString();
            assertEquals(own, named);
            // the seeded referral counts (published, or withheld as a small count: then null and named)
            Object referrals = JsonPath.from(named).get("referrals");
            assertTrue(referrals == null
                    ? JsonPath.from(named).getList("suppressed").contains("referrals")
                    : ((Number) referrals).longValue() >= 1, named);
        });
        List<String> figures = List.of("/intake/api/figures?year=" + year,
                "/triage/api/triage/figures?from=" + year + "-01-01&to=" + year + "-12-31",
                "/triage/api/tables/figures?year=" + year, "/triage/api/effect/figures",
                "/coveca/api/figures?year=" + year, "/reintegration/api/figures?year=" + year,
                "/trafficking/api/figures?year=" + year, "/lifecourse/api/figures?year=" + year);
        for (String path : figures) {
            for (String house : HOUSES) {
                as(national).when().get(with(path, "house=" + house)).then().statusCode(200);
            }
            as(national).when().get(path).then().statusCode(400).body("errors[0].field", equalTo("house"));
            as(national).when().get(with(path, "house=utrecht")).then().statusCode(400).body("errors[0].field",
                    equalTo("house"));
            // a house analyst: its own house, never another
            as(analyst).when().get(with(path, "house=markiezaten")).then().statusCode(200);
            assertEquals(403, as(analyst).when().get(with(path, "house=haaglanden")).then().extract().statusCode(),
                    path);
        }
        for (String personEndpoint : List.of("/intake/api/referrals", "/intake/api/referrals/" + referral,
                "/triage/api/triage/queue", "/coveca/api/cases", "/coveca/api/cases/" + UUID.randomUUID(),
                "/reintegration/api/tracks/" + UUID.randomUUID(), "/trafficking/api/signals", "/lifecourse/api/clients",
                "/lifecourse/api/figures/cohorts")) {
            assertEquals(403, as(national).when().get(personEndpoint).then().extract().statusCode(), personEndpoint);
        }
        assertEquals(403, as(analyst).accept("text/html").when().get("/national").then().extract().statusCode());
        assertEquals(403, as(analyst).when().get("/national/csv").then().extract().statusCode());

        String csv = as(national).when().get("/national/csv?year=" + year).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        for (String name : List.of("De Markiezaten", "Haaglanden", "Drenthe", "Zeeland")) {
            assertTrue(csv.contains("Zorg- en Veiligheidshuis " + name + ";"), csv);
        }
        assertFalse(csv.contains("niet beschikbaar"), csv);
        assertNoPerson(csv, bsn, "CSV");

        try (Browser browser = new Browser()) {
            Page p = browser.newPage();
            p.navigate(LocalStack.GATEWAY + "/");
            Browser.logIn(p, "national-analyst");
            p.waitForURL(LocalStack.GATEWAY + "/");
            p.click("#programmes >> text=Landelijke vergelijking");
            p.waitForSelector("#national-title");
            assertEquals("Landelijke vergelijking " + (year - 1), p.textContent("#national-title"));
            p.fill("#year", String.valueOf(year));
            p.click("#national-filter button[type=submit]");
            p.waitForURL(url -> url.contains("year=" + year));
            p.waitForSelector("#national-table");
            assertEquals(HOUSES, p.locator("#national-table th[data-house]").all().stream()
                    .map(h -> h.getAttribute("data-house")).toList());
            for (int column = 0; column < HOUSES.size(); column++) {
                String referrals = p.locator("tr[data-row='referrals'] td").nth(column).getAttribute("data-kind");
                assertTrue(List.of("COUNT", "SUPPRESSED").contains(referrals), HOUSES.get(column) + ": " + referrals);
                assertTrue(p.locator("tr[data-row] td:nth-child(" + (column + 2) + ")[data-kind='COUNT']").count() > 0,
                        HOUSES.get(column) + " has figures");
            }
            assertEquals(0, p.locator("td[data-kind='UNAVAILABLE']").count(), "every service answered every house");
            assertEquals(0, p.locator("#incomplete").count());
            assertTrue(p.locator("td[data-kind='COUNT'] .rate").count() > 0, "rates per 10 000 inhabitants");
            List<Axe.Violation> violations = Axe.run(p);
            assertTrue(violations.isEmpty(), "national page: " + violations);
            Browser.screenshot(p, "national-comparison");
            assertNoPerson(p.content(), bsn, "national page");
        }
    }

    private static String with(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }

    private static void assertNoPerson(String text, String bsn, String where) {
        for (String seeded : List.of(FIRST_NAME, LAST_NAME, bsn)) {
            assertFalse(text.contains(seeded), where + " contains " + seeded);
        }
    }

    private static Map<String, Object> referral(String bsn) {
        return Map.of("mainPerson",
                Map.of("firstName", FIRST_NAME, "lastName", LAST_NAME, "dateOfBirth", "1958-09-21", "bsn", bsn),
                "systemMembers", List.of(), "municipality", "Roosendaal", "problemAreas", List.of("HOUSING_NUISANCE"),
                "question", "Landelijke vergelijking: overlast en schulden, geen regie.", "urgency", "NORMAL",
                "personInformed", "INFORMED");
    }

    /** A random BSN that passes the eleven test. */
    private static String bsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int digit : d) {
                    s.append(digit);
                }
                return s.toString();
            }
        }
    }
}
