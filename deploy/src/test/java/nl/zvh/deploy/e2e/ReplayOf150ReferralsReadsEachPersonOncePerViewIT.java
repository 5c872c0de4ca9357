package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 22: a house's busy week replayed through the gateway. 150 referrals (each a parent and a child) are filed and
 * the chair moves them one by one onto one extra session. Moving a referral reads only that referral's persons, so
 * the first referral's persons get no entry for the 149 moves after theirs; each time the chair opens the agenda,
 * every person on it gets exactly one read (one batch per view, not one per referral moved). The privacy officer's
 * access log of the first main person shows the chair's two agenda views as one grouped line ("2 keer, sinds ..."),
 * not as noise.
 */
@ExtendWith(LocalStack.class)
class ReplayOf150ReferralsReadsEachPersonOncePerViewIT {
    static final int REFERRALS = 150;
    static final String AGENDA = "triage-agenda";

    @Test
    void eachPersonIsReadOncePerAgendaViewAndTheLogGroupsRepeats() {
        String referrer = Keycloak.userToken("politie-referrer");
        String chair = Keycloak.userToken("politie-triage-chair");
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String session = json(chair).body(Map.of("date", today, "time", "23:59", "reason", "Extra: drukke week")).when()
                .post("/triage/api/triage/sessions").then().statusCode(201).extract().path("sessionId");

        Random random = new Random(22);
        List<String> referrals = new ArrayList<>();
        List<String> bsns = new ArrayList<>();
        for (int i = 0; i < REFERRALS; i++) {
            String bsn = bsn(random);
            bsns.add(bsn);
            referrals.add(json(referrer).body(referral("Replay" + i, bsn)).when().post("/intake/api/referrals").then()
                    .statusCode(201).extract().path("id"));
        }
        for (String referral : referrals) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> json(chair).body(Map.of("referralId", referral)).when()
                            .post("/triage/api/triage/sessions/" + session + "/items").statusCode() == 200);
        }
        String officer = Keycloak.privacyOfficerToken("politie-privacy-officer");
        String first = referrals.get(0);
        assertEquals(0, agendaReads(officer, first).size(),
                "the 149 referrals moved after the first read none of its persons");

        for (int view = 1; view <= 2; view++) {
            given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                    .get("/triage/api/triage/sessions/" + session).then().statusCode(200)
                    .body("itemCount", org.hamcrest.Matchers.equalTo(REFERRALS));
            for (String referral : List.of(first, referrals.get(REFERRALS / 2), referrals.get(REFERRALS - 1))) {
                List<String> reads = agendaReads(officer, referral);
                assertEquals(2 * view, reads.size(), "parent and child, once per view, after view " + view);
                assertEquals(2, java.util.Set.copyOf(reads).size(), "two persons: " + reads);
            }
        }

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/privacy/access-log?bsn=" + bsns.get(0));
            Browser.logIn(page, "politie-privacy-officer");
            page.waitForSelector("#otp");
            page.fill("#otp", Totp.now(Totp.DEMO_SECRET));
            page.click("#kc-login");
            page.waitForSelector("#entries");
            Browser.screenshot(page, "issue22-replay-access-log-grouped");
            var agendaLines = page.locator("#entries tr:has-text('2 keer')");
            assertEquals(1, agendaLines.count(),
                    "the chair's two agenda views are one line: " + page.textContent("#entries"));
            assertTrue(page.locator("#entries tbody tr").count() <= 6,
                    "a replayed week leaves a readable log: " + page.textContent("#entries"));
        }
    }

    /** The triage audit's agenda reads of a referral's persons, as the privacy officer gets them. */
    private static List<String> agendaReads(String officer, String referralId) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(officer).queryParam("resourceId", referralId)
                .queryParam("action", "READ").when().get("/triage/api/audit").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.purpose == '" + AGENDA + "' }.personRef");
    }

    private static io.restassured.specification.RequestSpecification json(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> referral(String lastName, String bsn) {
        return Map.of("mainPerson",
                Map.of("firstName", "Piet", "lastName", lastName, "dateOfBirth", "1979-11-02", "bsn", bsn),
                "systemMembers",
                List.of(Map.of("relation", "CHILD", "firstName", "Sanne", "lastName", lastName, "dateOfBirth",
                        "2012-02-14")),
                "municipality", "Bergen op Zoom", "problemAreas", List.of("HOUSING_NUISANCE"), "question",
                "Herhaalde overlast; zorg tot nu toe gemeden.", "urgency", "NORMAL", "personInformed", "INFORMED");
    }

    /** A random BSN that passes the eleven test (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11). */
    static String bsn(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last <= 9 && d[0] != 0) {
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
