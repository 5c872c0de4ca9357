package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attacks 6b and 6c, on the stack through the gateway with real Keycloak tokens, read back as the house's
 * privacy officer (password and TOTP). 6b: a Woonkwartier process director trying a police case, in the API and on the
 * case page in the browser, gets 404 and an analyst trying to close it gets 403; the attempts are in the audit log under
 * their names with the path tried and outcome NOT_FOUND / DENIED. 6c: a CTER member reading a weighing session, in the API and on the session page in the
 * browser, leaves one read entry for the person the session shows, each time.
 *
 * <p>
 * Would fail without the control: a refused request does no work that is audited otherwise (the 404 finds no case,
 * the 403 is answered before the endpoint runs), so the only trace asserted is the one {@code RefusedAccessAudit}
 * writes; the CTER read counts are taken before and after each read of the session, and the session read is the only
 * thing between them that touches that person.
 */
@ExtendWith(LocalStack.class)
class RefusedAndCterReadsLeaveATraceIT {

    @Test
    void refusedAndOutOfScopeAttemptsAreInTheAuditLog() {
        String police = Keycloak.userToken("politie-process-director");
        String lastName = "Geweigerd-" + UUID.randomUUID().toString().substring(0, 6);
        String caseId = post(police, "/coveca/api/cases",
                Map.of("municipality", "Roosendaal", "intensity", "MAATWERK", "subApproach", "REGULAR", "mainPerson",
                        Map.of("firstName", "Joke", "lastName", lastName, "dateOfBirth", "1979-05-06", "bsn",
                                BreakGlassIsReportedToThePrivacyOfficerIT.randomBsn())))
                .statusCode(201).extract().path("id");
        get(police, "/coveca/api/cases/" + caseId).statusCode(200);

        get(Keycloak.userToken("woonkwartier-process-director"), "/coveca/api/cases/" + caseId).statusCode(404);
        try (Browser browser = new Browser()) { // the same curiosity on the case page, logged in in the browser
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            String casePage = LocalStack.GATEWAY + "/coveca/ui/cases/" + caseId;
            page.navigate(casePage);
            Browser.logIn(page, "woonkwartier-process-director");
            page.waitForURL(url -> url.startsWith(casePage));
            assertEquals(404, page.navigate(casePage).status());
        }
        post(Keycloak.userToken("politie-analyst"), "/coveca/api/cases/" + caseId + "/closure",
                Map.of("reason", "STABLE")).statusCode(403);

        String officer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        String tried = "entries.findAll { it.resourceId == '/api/cases/" + caseId + "' }";
        String onPage = "entries.findAll { it.resourceId == '/ui/cases/" + caseId + "' }";
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> get(officer, "/privacy/audit?user=woonkwartier-process-director").statusCode(200)
                        .body(tried, hasSize(1)).body(tried + ".outcome", hasItem("NOT_FOUND"))
                        .body(tried + ".action", hasItem("READ")).body(tried + ".service", hasItem("coveca"))
                        .body(onPage + ".size()", greaterThan(0))
                        .body(onPage + ".outcome", everyItem(equalTo("NOT_FOUND"))));
        // a role check refuses before the endpoint runs: the entry is written just after the answer
        String closure = "entries.findAll { it.resourceId == '/api/cases/" + caseId + "/closure' }";
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> get(officer, "/privacy/audit?user=politie-analyst").statusCode(200)
                        .body(closure, hasSize(1)).body(closure + ".outcome", hasItem("DENIED"))
                        .body(closure + ".action", hasItem("CREATE")));
    }

    @Test
    void everyReadOfACterSessionIsAudited() {
        String cter = Keycloak.userToken("politie-cter-member");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String lastName = "Gewogen-" + suffix;
        ValidatableResponse reported = post(cter, "/lifecourse/api/cter/persons", Map.of("municipality", "Roosendaal",
                "firstName", "Rik", "lastName", lastName, "source", "Politie", "ideology", "OTHER")).statusCode(201);
        String person = reported.extract().path("id");
        String personRef = reported.extract().path("personId");
        String session = post(cter, "/lifecourse/api/cter/sessions",
                Map.of("date", LocalDate.now().toString(), "attendees", List.of("Politie", "Gemeente Roosendaal")))
                .statusCode(201).extract().path("id");
        post(cter, "/lifecourse/api/cter/sessions/" + session + "/weighings",
                Map.of("cterPersonId", person, "safetyOfficer", "Veiligheidsadviseur gemeente Roosendaal", "outcome",
                        "PERSON_ORIENTED_APPROACH", "followUp", "Casusregie gemeente", "reviewDate",
                        LocalDate.now().plusMonths(3).toString()))
                .statusCode(200);

        String officer = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");
        int before = reads(officer, person);
        get(cter, "/lifecourse/api/cter/sessions/" + session).statusCode(200).body("weighings.safetyOfficer",
                hasItem("Veiligheidsadviseur gemeente Roosendaal"));
        assertEquals(before + 1, reads(officer, person), "the session read through the API is audited");

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            String path = LocalStack.GATEWAY + "/lifecourse/ui/cter/sessions/" + session;
            page.navigate(path);
            Browser.logIn(page, "politie-cter-member");
            page.waitForURL(url -> url.startsWith(path));
            page.waitForLoadState();
            assertTrue(page.content().contains(lastName), "the session page shows the person weighed");
        }
        assertEquals(before + 2, reads(officer, person), "the session page read in the browser is audited");
        get(officer, "/lifecourse/api/audit?action=READ&resourceId=" + person).statusCode(200)
                .body("userName", hasItem("politie-cter-member")).body("personRef", hasItem(personRef))
                .body("resourceType", hasItem("cter-person"));
    }

    /** The number of read entries of the CTER person, as the privacy officer finds them through the gateway. */
    private static int reads(String officer, String cterPerson) {
        return get(officer, "/lifecourse/api/audit?action=READ&limit=1000&resourceId=" + cterPerson).statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    private static ValidatableResponse get(String token, String path) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).when().get(path).then();
    }

    private static ValidatableResponse post(String token, String path, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post(path).then();
    }
}
