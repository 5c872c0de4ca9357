package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 1 (and 6e), on the real stack through the gateway with real Keycloak tokens: the police's partner
 * system answers its familiarity check "for the chair only" (STRICTLY_CONFIDENTIAL); once the session has started,
 * another organisation's triage member (Woonkwartier) reads in the API and on the file page only that the answer is
 * explained at the table ("Strikt vertrouwelijk: toelichting aan tafel"), never its text; the chair (of another
 * organisation than the police, so it is the role that counts) and a police triage member read the text, in the API
 * and on the page; the police system cannot lower the sensitivity afterwards (400 on {@code sensitivity}, the answer
 * stays strictly confidential). Every answer that carries the person's BSN, the check in the API and the file page,
 * reaches the client with {@code Cache-Control: no-store}.
 *
 * <p>
 * Would fail without the control: the chair's and the police member's reads of the same answer (and the same page)
 * show the text, so the Woonkwartier member's missing text is the confidentiality rule and not an answer that never
 * arrived; the session is started before the reads, so the plain "hidden until the session" rule does not explain it
 * either. A service or gateway that drops or weakens {@code Cache-Control} fails the header assertions on responses
 * shown to hold the BSN.
 */
@ExtendWith(LocalStack.class)
class StrictlyConfidentialAnswerStaysWithTheChairIT {
    static final String POLICE = "Politie Zeeland-West-Brabant";
    static final String EXPLAINED_AT_THE_TABLE = "Strikt vertrouwelijk: toelichting aan tafel";

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void onlyTheChairAndThePoliceReadTheAnswerAndItCannotBeLowered() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String marker = "onderzoek" + UUID.randomUUID().toString().substring(0, 8); // only in the answer
        String secret = "Lopend opsporings" + marker + " naar de partner; niet delen.";
        String bsn = BreakGlassIsReportedToThePrivacyOfficerIT.randomBsn();
        String referralId = refer("Vertrouwelijk-" + suffix, bsn);
        String policeSystem = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        String checkId = policeCheckOf(policeSystem, referralId);

        // the check as the police system reads it carries the BSN: never kept in a cache
        as(policeSystem).when().get("/triage/api/triage/checks/" + checkId).then().statusCode(200)
                .header("Cache-Control", "no-store").body(containsString(bsn));

        String answerOf = "/triage/api/triage/checks/" + checkId + "/answer";
        as(policeSystem).body(answer(secret, "STRICTLY_CONFIDENTIAL")).when().put(answerOf).then().statusCode(200)
                .body("status", equalTo("ANSWERED"));

        // the session starts: from now on the table sees the answers that are not strictly confidential
        String chair = Keycloak.userToken("woonkwartier-triage-chair");
        startSessionWith(chair, referralId, suffix);

        String checksOf = "/triage/api/triage/referrals/" + referralId + "/checks";
        String file = "/triage/ui/referrals/" + referralId;
        String police = "find { it.organisation == '" + POLICE + "' }";
        String housingMember = Keycloak.userToken("woonkwartier-triage-member");
        as(housingMember).when().get(checksOf).then().statusCode(200).header("Cache-Control", "no-store")
                .body(police + ".status", equalTo("ANSWERED")).body(police + ".confidential", equalTo(true))
                .body(police + ".answerVisible", equalTo(false)).body(police + ".answer", nullValue())
                .body(not(containsString(marker)));

        as(chair).when().get(checksOf).then().statusCode(200).header("Cache-Control", "no-store")
                .body(police + ".answer.summary", equalTo(secret));
        String policeMember = Keycloak.userToken("politie-triage-member");
        as(policeMember).when().get(checksOf).then().statusCode(200).body(police + ".answer.summary", equalTo(secret));

        // the file page, with a browser login through the gateway: the same rule, and no copy left in a cache
        try (Browser browser = new Browser()) {
            String housingPage = filePage(browser, "woonkwartier-triage-member", file, bsn);
            assertTrue(housingPage.contains(EXPLAINED_AT_THE_TABLE), "the indication only: " + housingPage);
            assertFalse(housingPage.contains(marker), "no answer text for another organisation");
            assertTrue(filePage(browser, "woonkwartier-triage-chair", file, bsn).contains(secret),
                    "the chair reads it");
            assertTrue(filePage(browser, "politie-triage-member", file, bsn).contains(secret), "the police reads it");
        }

        // sensitivity can be raised, never lowered: the answer stays strictly confidential
        as(policeSystem).body(answer(secret, "NORMAL")).when().put(answerOf).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sensitivity"));
        as(policeSystem).body(answer(secret, "SENSITIVE")).when().put(answerOf).then().statusCode(400)
                .body("errors.field", hasItem("sensitivity"));
        as(chair).when().get(checksOf).then().statusCode(200).body(police + ".answer.sensitivity",
                equalTo("STRICTLY_CONFIDENTIAL"));
        as(housingMember).when().get(checksOf).then().statusCode(200).body(police + ".answer", nullValue())
                .body(not(containsString(marker)));
    }

    /** The police refers a man with this last name and BSN; answers the referral's id. */
    static String refer(String lastName, String bsn) {
        Map<String, Object> referral = new HashMap<>(ReferralReachesTriageQueueThroughGatewayIT.referral());
        referral.put("mainPerson",
                Map.of("firstName", "Piet", "lastName", lastName, "dateOfBirth", "1979-11-02", "bsn", bsn));
        referral.put("systemMembers", List.of());
        return as(Keycloak.userToken("politie-referrer")).body(referral).when().post("/intake/api/referrals").then()
                .statusCode(201).extract().path("id");
    }

    /** The id of the police's familiarity check on the referral, once triage has asked it (open checks). */
    static String policeCheckOf(String policeSystem, String referralId) {
        AtomicReference<String> checkId = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonPath checks = as(policeSystem).when().get("/triage/api/triage/checks?status=OPEN").then()
                    .statusCode(200).extract().jsonPath();
            String id = checks.getString("find { it.referralId == '" + referralId + "' }.checkId");
            assertEquals(POLICE, checks.getString("find { it.referralId == '" + referralId + "' }.organisation"));
            checkId.set(id);
        });
        return checkId.get();
    }

    /** The chair holds an extra session that started at midnight today and puts the referral on it. */
    static void startSessionWith(String chair, String referralId, String suffix) {
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String session = as(chair).body(Map.of("date", today, "time", "00:00", "reason", "E2E: zitting nu " + suffix))
                .when().post("/triage/api/triage/sessions").then().statusCode(201).extract().path("sessionId");
        as(chair).body(Map.of("referralId", referralId)).when()
                .post("/triage/api/triage/sessions/" + session + "/items").then().statusCode(200)
                .body("agenda.referralId", hasItem(referralId));
    }

    static Map<String, Object> answer(String summary, String sensitivity) {
        return Map.of("known", true, "summary", summary, "sourceSystem", "BVH", "sensitivity", sensitivity);
    }

    /** The file page as {@code username} sees it after logging in; it holds the BSN and is never cached. */
    private static String filePage(Browser browser, String username, String path, String bsn) {
        Page page = browser.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate(LocalStack.GATEWAY + path);
        Browser.logIn(page, username);
        page.waitForURL(url -> url.startsWith(LocalStack.GATEWAY + path));
        Response shown = page.navigate(LocalStack.GATEWAY + path);
        assertEquals(200, shown.status(), username);
        assertEquals("no-store", shown.headers().get("cache-control"), username + ": " + shown.headers());
        String html = page.content();
        assertTrue(html.contains(bsn), username + " sees the person's BSN on the file page");
        return html;
    }
}
