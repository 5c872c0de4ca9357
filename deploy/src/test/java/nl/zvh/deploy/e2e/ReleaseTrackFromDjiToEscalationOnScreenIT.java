package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import nl.zvh.deploy.ui.ShellPage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20 (re-integration), done-when (1) as one chain through the gateway with a real Keycloak login and no API call
 * for the coordinator's steps. DJI's system (client credentials) notifies the detention; the coordinator finds the
 * track in the list filtered on DJI, the municipality and the name, records consent and all five basic conditions
 * (ready for release), informs the mayor (BIJ) and records the mayor's assessment with the measures decided, records
 * an article 18b request (the risk flag shows) and DJI's answer. DJI notifies the release (client credentials): the
 * track shows the release and stays in the list as released; the coordinator records a contact moment after release
 * and escalates to process direction: CoVeCa opens a case and the track links to it. Closing the track makes its page
 * read-only (no form left, the closure shown) and takes it out of the list. A track the triage table opened (no DJI
 * data yet) is in the list filtered on "opened by triage". axe-core and the shell's checks find nothing on any page.
 */
@ExtendWith(LocalStack.class)
class ReleaseTrackFromDjiToEscalationOnScreenIT {
    static final String UI = LocalStack.GATEWAY + "/reintegration/ui";
    static final List<String> CONDITIONS = List.of("VALID_ID", "HOUSING", "INCOME_OR_DAYTIME_ACTIVITY", "DEBTS",
            "CARE");

    private final List<String> findings = new ArrayList<>();

    @Test
    void djiNotifiesDetentionAndReleaseAndTheCoordinatorEscalatesOnScreen() throws Exception {
        String today = LocalDate.now().toString();
        String lastName = "Dekker" + UUID.randomUUID().toString().substring(0, 6);
        String detention = "DET-" + UUID.randomUUID();
        Map<String, Object> started = notification("DETENTION_STARTED", detention);
        started.putAll(Map.of("institution", "PI Zeeland, locatie Middelburg", "detentionDate",
                LocalDate.now().minusMonths(8).toString(), "expectedReleaseDate", today, "municipality", "Roosendaal",
                "person", Map.of("firstName", "Ruben", "lastName", lastName, "dateOfBirth", "1988-09-03",
                        "djiPersonNumber", "P" + Math.abs(lastName.hashCode()))));
        dji(started);
        String triageName = "Haan" + UUID.randomUUID().toString().substring(0, 6);
        triageOpensATrackFor(triageName);

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(UI + "/");
            Browser.logIn(page, "politie-reintegration-coordinator");
            page.waitForSelector("#worklist, #empty");
            looked(page, "issue20-r01-releases-worklist");

            page.navigate(UI + "/tracks");
            page.fill("#q", lastName);
            page.selectOption("#municipality", "Roosendaal");
            page.selectOption("#source", "DJI");
            page.click("#filters button[type=submit]");
            page.waitForSelector("#tracks a:has-text('Ruben " + lastName + "')");
            looked(page, "issue20-r02-track-list-filtered");
            page.click("#tracks a:has-text('Ruben " + lastName + "')");
            page.waitForSelector("h1:has-text('Ruben " + lastName + "')");
            String trackUrl = page.url().replaceAll("[?#].*", "");

            page.selectOption("#consent", "GIVEN");
            page.fill("#date", today);
            page.click("#consent-form button[type=submit]");
            page.waitForSelector("#saved");
            for (String condition : CONDITIONS) {
                page.selectOption("#status-" + condition, "DEBTS".equals(condition) ? "NOT_APPLICABLE" : "ARRANGED");
                page.fill("#responsiblePartner-" + condition, "Gemeente Roosendaal");
                page.click("#condition-" + condition + " button[type=submit]");
                page.waitForSelector("#condition-" + condition + " span.current:has-text('"
                        + ("DEBTS".equals(condition) ? "Niet van toepassing" : "Geregeld") + "')");
            }
            page.waitForSelector("#readiness:has-text('Gereed voor vrijlating')");

            page.selectOption("#bij-offenceCategory", "SEXUAL");
            page.fill("#bij-mayorNotifiedOn", today);
            page.click("#bij-form button[type=submit]");
            page.waitForSelector("#bij-items td:has-text('Wacht op de burgemeester')");
            page.selectOption("select[id^=assess-][id$=-assessment]", "UNREST_EXPECTED");
            page.fill("input[id^=assess-][id$=-assessedOn]", today);
            page.fill("textarea[id^=assess-][id$=-measures]", "Meldplicht en gebiedsverbod rond de school");
            page.click("form[id^=assess-] button[type=submit]");
            page.waitForSelector("#bij-items td:has-text('Meldplicht en gebiedsverbod rond de school')");

            page.selectOption("#a18b-direction", "DJI_TO_MUNICIPALITY");
            page.fill("#a18b-requestedOn", today);
            page.fill("#a18b-question", "Verhoogd risico op een zedendelict bij terugkeer in de wijk");
            page.click("#a18b-form button[type=submit]");
            page.waitForSelector("#risk-flag");
            page.fill("input[id^=answer-][id$=-answeredOn]", today);
            page.fill("textarea[id^=answer-][id$=-answer]", "Gemeente neemt het op in het veiligheidsplan");
            page.click("form[id^=answer-] button[type=submit]");
            page.waitForSelector("#article18b td:has-text('Gemeente neemt het op in het veiligheidsplan')");
            looked(page, "issue20-r03-track-before-release");

            Map<String, Object> released = notification("RELEASED", detention);
            released.put("releaseDate", today);
            dji(released);
            page.navigate(trackUrl);
            page.waitForSelector("#track-status:has-text('Vrijgelaten')");
            page.selectOption("#aftercare-kind", "CONTACT_MOMENT");
            page.fill("#aftercare-occurredOn", today);
            page.fill("#aftercare-partner", "Reclassering");
            page.fill("#aftercare-summary", "Eerste gesprek na vrijlating: woonplek betrokken");
            page.click("#aftercare-form button[type=submit]");
            page.waitForSelector("#aftercare td:has-text('Eerste gesprek na vrijlating')");

            page.fill("#escalation-reason", "Terugval in gebruik en contact met het oude netwerk");
            page.fill("#escalation-riskSummary", "Recidiverisico hoog; slachtoffer woont in de wijk");
            page.click("#escalation-form button[type=submit]");
            page.waitForSelector("#escalations td:has-text('Opgeschaald')");
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                page.navigate(trackUrl);
                return page.locator("#escalations [id^=coveca-case-]").count() == 1;
            });
            // the coordinator reads that the case opened; only the house's process director opens it (no link to a 403)
            assertTrue(page.textContent("#escalations [id^=coveca-case-]").contains("procesregisseur"));
            looked(page, "issue20-r04-track-escalated");

            page.navigate(UI + "/tracks?status=RELEASED&q=" + lastName);
            page.waitForSelector("#tracks a:has-text('Ruben " + lastName + "')");

            page.navigate(trackUrl);
            page.selectOption("#close-reason", "TAKEN_OVER");
            page.fill("#close-closedOn", today);
            page.click("#close-confirm-step summary");
            page.click("#close-confirm");
            page.waitForSelector("#closed");
            assertEquals(0, page.locator("main form").count(), "a closed track offers no form");
            assertEquals(1, page.locator("#escalations [id^=coveca-case-]").count(), "the opened case stays");
            looked(page, "issue20-r05-track-closed-read-only");
            page.navigate(UI + "/tracks?q=" + lastName);
            page.waitForSelector("#empty");

            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                page.navigate(UI + "/tracks?source=TRIAGE&q=" + triageName);
                return page.locator("#tracks td:has-text('Besluit van het triageoverleg')").count() == 1;
            });
            looked(page, "issue20-r06-track-opened-by-triage");
        }
        assertTrue(findings.isEmpty(), String.join("\n", findings));
    }

    private static Map<String, Object> notification(String type, String detention) {
        return new HashMap<>(
                Map.of("notificationId", "N-" + UUID.randomUUID(), "type", type, "detentionId", detention));
    }

    /** DJI's system posts a notification with its own client-credentials token. */
    private static void dji(Map<String, Object> notification) {
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.clientToken("dji-prison-service", "dji-dev-secret"))
                .contentType(ContentType.JSON).body(notification).when().post("/reintegration/api/dji/notifications")
                .then().statusCode(201).body("status", equalTo("PROCESSED"));
    }

    /** The triage table decided re-integration for a person of the house (triage's event, as triage publishes it). */
    private static void triageOpensATrackFor(String lastName) throws Exception {
        String sample = Files.readString(CoordinatorRunsAReleaseTrackOnScreenIT.REPO
                .resolve("triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"));
        String event = sample
                .replace(CoordinatorRunsAReleaseTrackOnScreenIT.SAMPLE_REFERRAL, UUID.randomUUID().toString())
                .replace("\"programme\": \"COVECA\"", "\"programme\": \"REINTEGRATION\"")
                .replace("\"lastName\": \"Berg\"", "\"lastName\": \"" + lastName + "\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
        try (var producer = new KafkaProducer<String, String>(LocalStack.kafka(Map.of()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.triage.decision", UUID.randomUUID().toString(), event)).get();
        }
    }

    /** A screenshot of the page, and what axe-core and the shell's checks find on it. */
    private void looked(Page page, String name) {
        Browser.screenshot(page, name);
        Axe.run(page).forEach(v -> findings.add(name + " axe: " + v));
        ShellPage.check(page).forEach(f -> findings.add(name + " shell: " + f));
    }
}
