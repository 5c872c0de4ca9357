package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every programme triage decides reaches its team, end to end through the gateway with real Keycloak tokens: a
 * police officer refers a person, the triage chair decides a CTER approach and the person is on the CTER team's
 * register (source: integrale triage); another referral decided for re-integration is a track in the coordinator's
 * track list. Before, CTER decisions reached no service and triage-opened tracks appeared in no list.
 */
@ExtendWith(LocalStack.class)
class TriageStartsCterAndReintegrationThroughGatewayIT {

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aCterDecisionPutsThePersonOnTheCterRegister() {
        String lastName = "Cter-" + UUID.randomUUID().toString().substring(0, 8);
        String referral = referAndDecide(lastName, "CTER");

        String cter = Keycloak.userToken("politie-cter-member");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> as(cter).when().get("/lifecourse/api/cter/persons").then().statusCode(200)
                        .body("fullName", hasItem("Piet " + lastName)));
        Map<String, Object> entry = as(cter).when().get("/lifecourse/api/cter/persons").then().statusCode(200).extract()
                .path("find { it.fullName == 'Piet " + lastName + "' }");
        assertEquals("TRIAGE", entry.get("source"));
        assertEquals(referral, entry.get("sourceReferralId"));
        boolean shown = false;
        try (Browser browser = new Browser()) { // the team's page, in its browser session through the gateway
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/lifecourse/ui/cter");
            Browser.logIn(page, "politie-cter-member");
            page.waitForURL("**/lifecourse/ui/cter**");
            for (int p = 1; p <= 50 && !shown; p++) { // the register lists the oldest reports first
                page.navigate(LocalStack.GATEWAY + "/lifecourse/ui/cter?page=" + p);
                String html = page.content();
                shown = html.contains(lastName) && html.contains("Integrale triage");
                if (shown) {
                    Browser.screenshot(page, "cter-register-person-from-triage");
                }
            }
        }
        assertTrue(shown, "the register page shows the person, with triage as the source");
    }

    @Test
    void aReintegrationDecisionOpensATrackInTheCoordinatorsList() {
        String lastName = "Terug-" + UUID.randomUUID().toString().substring(0, 8);
        referAndDecide(lastName, "REINTEGRATION");

        String coordinator = Keycloak.userToken("politie-reintegration-coordinator");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> names = as(coordinator).when().get("/reintegration/api/tracks/worklist").then().statusCode(200)
                    .extract().path("personName");
            assertTrue(names.stream().anyMatch(n -> n != null && n.contains(lastName)), names.toString());
        });
    }

    /** Refers a person (police), holds a session now and decides the referral for {@code programme}. */
    static String referAndDecide(String lastName, String programme) {
        Map<String, Object> referral = new HashMap<>(ReferralReachesTriageQueueThroughGatewayIT.referral());
        referral.put("mainPerson", Map.of("firstName", "Piet", "lastName", lastName, "dateOfBirth", "1979-11-02"));
        referral.put("systemMembers", List.of());
        String id = as(Keycloak.userToken("politie-referrer")).body(referral).when().post("/intake/api/referrals")
                .then().statusCode(201).extract().path("id");

        String chair = Keycloak.userToken("politie-triage-chair");
        TriageTable.onTheTable(chair, id, "E2E: zitting nu");
        TriageTable.decide(chair, id,
                Map.of("outcome", "APPROACH_STARTED", "programme", programme, "rationale",
                        "E2E: de tafel start de aanpak.", "membersPresent",
                        List.of("Openbaar Ministerie", "Politie Zeeland-West-Brabant")));
        return id;
    }
}
