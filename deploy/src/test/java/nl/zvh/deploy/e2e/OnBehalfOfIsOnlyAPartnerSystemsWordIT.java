package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23, attack 6a, on the stack through the gateway with real Keycloak tokens: whoever sends
 * {@code X-On-Behalf-Of} wrote that name into the audit log. Now a police triage member who sends the header with her
 * own bearer token, and the same member reading the file page in a logged-in browser that adds the header to every
 * request, are audited under their own name with no one on whose behalf; the police's partner system (client
 * credentials, role {@code partner-system}) reading the same familiarity check for one of its officers is audited with
 * that officer's name. Read back as the house's privacy officer (password and TOTP) from the triage service's audit
 * log through the gateway.
 *
 * <p>
 * Would fail without the control: the three reads are of the same check and each is shown to be audited (the member's
 * entries increase with the browser read; the partner system's entry carries the name), so a missing name means it
 * was dropped and not that the read went unaudited. The bearer case fails if the service honours the header for any
 * role; the browser case is held by two controls at once (the gateway drops the header from a session, and the
 * service would ignore it for a user without {@code partner-system}): it fails only when both are gone, so each
 * control on its own stays covered by its unit test (gateway {@code ForwardedHeaders}, triage
 * {@code OnlyAPartnerSystemSaysOnWhoseBehalfItReadsTest}).
 */
@ExtendWith(LocalStack.class)
class OnBehalfOfIsOnlyAPartnerSystemsWordIT {
    static final String HEADER = "X-On-Behalf-Of";

    @Test
    void onlyThePartnerSystemsNameForAnOfficerReachesTheAuditLog() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String referralId = StrictlyConfidentialAnswerStaysWithTheChairIT.refer("Namens-" + suffix,
                BreakGlassIsReportedToThePrivacyOfficerIT.randomBsn());
        String policeSystem = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        String checkId = StrictlyConfidentialAnswerStaysWithTheChairIT.policeCheckOf(policeSystem, referralId);
        String summary = "Bekend bij de wijkagent " + suffix;
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(policeSystem).contentType(ContentType.JSON)
                .body(StrictlyConfidentialAnswerStaysWithTheChairIT.answer(summary, "NORMAL")).when()
                .put("/triage/api/triage/checks/" + checkId + "/answer").then().statusCode(200);

        String byToken = "Iemand Anders " + suffix;
        String byBrowser = "Via De Browser " + suffix;
        String officer = "Inspecteur J. de Vries " + suffix;
        String member = "politie-triage-member";
        String officerToken = Keycloak.privacyOfficerToken("markiezaten-privacy-officer");

        // a person with a bearer token names someone else
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken(member)).header(HEADER, byToken).when()
                .get("/triage/api/triage/checks/" + checkId).then().statusCode(200);
        int memberReads = byUser(audit(officerToken, checkId), member);
        assertTrue(memberReads >= 1, "the member's read is audited");

        // a person in the browser: every request of the session carries the header
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            String file = LocalStack.GATEWAY + "/triage/ui/referrals/" + referralId;
            page.navigate(file);
            Browser.logIn(page, member);
            page.waitForURL(url -> url.startsWith(file));
            page.context().setExtraHTTPHeaders(Map.of(HEADER, byBrowser));
            Response shown = page.navigate(file);
            assertEquals(200, shown.status());
            assertEquals(byBrowser, shown.request().headers().get("x-on-behalf-of"), "the browser sent the header");
            assertTrue(page.content().contains(summary), "the member reads her organisation's answer");
        }
        assertTrue(byUser(audit(officerToken, checkId), member) > memberReads, "the page read is audited");

        // the partner system reads it for one of its officers
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(policeSystem).header(HEADER, officer).when()
                .get("/triage/api/triage/checks/" + checkId).then().statusCode(200);

        String members = "findAll { it.userName == '" + member + "' }";
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(officerToken).when()
                .get("/triage/api/audit?limit=1000&resourceId=" + checkId).then().statusCode(200)
                .body(members + ".onBehalfOf", everyItem(nullValue())).body("onBehalfOf", not(hasItem(byToken)))
                .body("onBehalfOf", not(hasItem(byBrowser)))
                .body("findAll { it.onBehalfOf == '" + officer + "' }.userName",
                        hasItem("service-account-police-zwb-system"));
    }

    private static List<Map<String, Object>> audit(String officerToken, String checkId) {
        JsonPath entries = given().baseUri(LocalStack.GATEWAY).auth().oauth2(officerToken).when()
                .get("/triage/api/audit?limit=1000&resourceId=" + checkId).then().statusCode(200).extract().jsonPath();
        return entries.getList("$");
    }

    private static int byUser(List<Map<String, Object>> entries, String user) {
        return (int) entries.stream().filter(e -> user.equals(e.get("userName"))).count();
    }
}
