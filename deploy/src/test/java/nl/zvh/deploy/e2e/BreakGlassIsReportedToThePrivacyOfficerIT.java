package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Break-glass and the privacy officer, end to end with real Keycloak tokens through the gateway: a privacy officer
 * without the second factor (TOTP) is refused, with it gets in; a process director of another organisation gets 404
 * on a case, must give a reason, breaks the glass and reads the case; the privacy officer sees the grant and the
 * highlighted break-glass entries over all services (every chain intact), in JSON and in the browser after an OTP
 * login; the person's access log (by BSN) lists who looked at that person's data.
 */
@ExtendWith(LocalStack.class)
class BreakGlassIsReportedToThePrivacyOfficerIT {

    @Test
    void privacyOfficerNeedsASecondFactor() {
        String officer = "politie-privacy-officer";
        Keycloak.passwordGrant(officer, null).then().statusCode(400).body("error", equalTo("invalid_grant"));
        String code = Totp.now(Totp.DEMO_SECRET);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
        Keycloak.passwordGrant(officer, wrong).then().statusCode(400).body("error", equalTo("invalid_grant"));
        Keycloak.passwordGrant(officer, code).then().statusCode(200);
        // other roles are not asked for a second factor
        Keycloak.passwordGrant("politie-process-director", null).then().statusCode(200);
    }

    @Test
    void emergencyAccessIsAuditedAndShownToThePrivacyOfficer() {
        String bsn = randomBsn();
        String lastName = "Noodtoegang-" + UUID.randomUUID().toString().substring(0, 6);
        String police = Keycloak.userToken("politie-process-director");
        String caseId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).contentType(ContentType.JSON)
                .body(Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR",
                        "mainPerson",
                        Map.of("firstName", "Piet", "lastName", lastName, "dateOfBirth", "1980-03-04", "bsn", bsn)))
                .when().post("/coveca/api/cases").then().statusCode(201).extract().path("id");
        List<String> persons = get(police, "/coveca/api/cases/" + caseId).statusCode(200).extract()
                .path("persons.personId");

        String housing = Keycloak.userToken("woonkwartier-process-director");
        get(housing, "/coveca/api/cases/" + caseId).statusCode(404);
        breakGlass(housing, caseId, " ").statusCode(400).body("errors.field", hasItem("reason"));
        String reason = "Crisis: melding suïcidedreiging, casus nodig voor acuut overleg " + lastName;
        String grant = breakGlass(housing, caseId, reason).statusCode(201).body("active", equalTo(true)).extract()
                .path("id");
        get(housing, "/coveca/api/cases/" + caseId).statusCode(200).body("persons.personId", equalTo(persons));

        String officer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        ValidatableResponse overview = get(officer, "/privacy/audit?breakGlass=true").statusCode(200);
        overview.body("services.service",
                hasItems("coveca", "intake", "triage", "reintegration", "trafficking", "lifecourse"))
                .body("services.chainValid", everyItem(equalTo(true)))
                .body("breakGlassGrants.find { it.id == '" + grant + "' }.reason", equalTo(reason))
                .body("breakGlassGrants.find { it.id == '" + grant + "' }.userName",
                        equalTo("woonkwartier-process-director"))
                .body("entries.findAll { it.resourceId == '" + caseId + "' }.action", hasItems("BREAK_GLASS", "READ"))
                .body("entries.findAll { it.resourceId == '" + caseId + "' }.userName",
                        everyItem(equalTo("woonkwartier-process-director")))
                .body("entries.breakGlass", everyItem(equalTo(true)));
        get(housing, "/privacy/audit").statusCode(403);

        ValidatableResponse accessLog = get(officer, "/privacy/access-log.json?bsn=" + bsn).statusCode(200);
        accessLog.body("accesses.personRef", everyItem(equalTo(persons.get(0))))
                .body("accesses.userName", hasItems("politie-process-director", "woonkwartier-process-director"))
                .body("accesses.findAll { it.breakGlass }.userName",
                        everyItem(equalTo("woonkwartier-process-director")))
                .body("accesses.action", hasItems("CREATE", "READ", "BREAK_GLASS"));
        get(officer, "/privacy/access-log.json?person=" + persons.get(0)).statusCode(200).body("accesses.organisation",
                hasItems("Politie Zeeland-West-Brabant", "Woonkwartier"));

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/privacy?breakGlass=true");
            Browser.logIn(page, "markiezaten-privacy-officer");
            page.waitForSelector("#otp");
            page.fill("#otp", Totp.now(Totp.DEMO_SECRET));
            page.click("#kc-login");
            page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + "/privacy"));
            Browser.screenshot(page, "privacy-officer-break-glass");
            String grants = page.textContent("#grants");
            assertTrue(grants.contains(reason), grants);
            assertTrue(page.locator("#entries tr.break-glass").count() > 0, "break-glass entries highlighted");
            assertEquals(6, page.locator("#chains tr.valid").count(), page.textContent("#chains"));

            page.navigate(LocalStack.GATEWAY + "/privacy/access-log?bsn=" + bsn);
            String log = page.textContent("#entries");
            assertTrue(log.contains("woonkwartier-process-director") && log.contains("politie-process-director"), log);
            Browser.screenshot(page, "privacy-officer-access-log");
        }
        assertNotEquals(0, persons.size());
    }

    private static ValidatableResponse get(String token, String path) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(path).then();
    }

    private static ValidatableResponse breakGlass(String token, String caseId, String reason) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("resourceType", "coveca-case", "resourceId", caseId, "reason", reason)).when()
                .post("/coveca/api/break-glass").then();
    }

    /** A random number that passes the BSN eleven-test, so this run's person is found only by this run. */
    static String randomBsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            for (int i = 1; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
            }
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    sb.append(d[i]);
                }
                return sb.append(last).toString();
            }
        }
    }
}
