package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.deploy.ui.Axe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The re-integration coordinator does the whole job on screen, through the gateway with real Keycloak logins: DJI
 * (client credentials) reports a detention; the coordinator finds the track in the list of open tracks by name, records
 * consent and all five basic conditions (htmx), a contact signal after release, a BIJ item with the mayor's
 * assessment, an ISD order, an article 18b request and DJI's answer (the risk flag shows), escalates to process
 * direction (coveca-service opens a case; the track links to it), and closes the track with a reason. A refused save
 * keeps what was typed and says why in Dutch. A track opened by the triage table (no release date) is in the list.
 * axe-core finds no WCAG 2.1 AA violation on any of the pages.
 */
@ExtendWith(LocalStack.class)
class CoordinatorRunsAReleaseTrackOnScreenIT {
    static final Path REPO = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";
    static final String UI = LocalStack.GATEWAY + "/reintegration/ui";
    static final List<String> CONDITIONS = List.of("VALID_ID", "HOUSING", "INCOME_OR_DAYTIME_ACTIVITY", "DEBTS",
            "CARE");

    @Test
    void djiNotifiesAndTheCoordinatorRunsTheTrackOnScreen() throws Exception {
        String lastName = "Verhoef" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> start = new HashMap<>(Map.of("notificationId", "N-" + UUID.randomUUID(), "type",
                "DETENTION_STARTED", "detentionId", "DET-" + UUID.randomUUID(), "institution", "PI Zeeland",
                "detentionDate", LocalDate.now().minusMonths(6).toString(), "expectedReleaseDate",
                LocalDate.now().plusDays(10).toString(), "municipality", "Roosendaal"));
        start.put("person", Map.of("firstName", "Sem", "lastName", lastName, "dateOfBirth", "1991-02-14",
                "djiPersonNumber", "P" + Math.abs(lastName.hashCode())));
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.clientToken("dji-prison-service", "dji-dev-secret"))
                .contentType(ContentType.JSON).body(start).when().post("/reintegration/api/dji/notifications").then()
                .statusCode(201).body("status", equalTo("PROCESSED"));
        String triageName = "Berg" + UUID.randomUUID().toString().substring(0, 6);
        publish("zvh.triage.decision", UUID.randomUUID().toString(), triageDecided(triageName));
        String today = LocalDate.now().toString();

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(UI + "/tracks");
            Browser.logIn(page, "politie-reintegration-coordinator");
            page.waitForURL(UI + "/tracks");
            page.fill("#q", lastName);
            page.click("#filters button[type=submit]");
            page.waitForSelector("#tracks a:has-text('Sem " + lastName + "')");
            noViolations(page, "track list");
            page.click("#tracks a:has-text('Sem " + lastName + "')");
            page.waitForSelector("h1:has-text('Traject van Sem " + lastName + "')");
            String trackUrl = page.url();

            page.selectOption("#consent", "GIVEN");
            page.fill("#date", today);
            page.click("#consent-form button[type=submit]");
            page.waitForSelector("#saved");
            assertTrue(page.textContent("#consent-status").startsWith("Gegeven op"),
                    page.textContent("#consent-status"));
            for (String condition : CONDITIONS) {
                page.selectOption("#status-" + condition, "DEBTS".equals(condition) ? "NOT_APPLICABLE" : "ARRANGED");
                page.fill("#responsiblePartner-" + condition, "Gemeente Roosendaal");
                page.click("#condition-" + condition + " button[type=submit]");
                page.waitForSelector("#condition-" + condition + " span.current:has-text('"
                        + ("DEBTS".equals(condition) ? "Niet van toepassing" : "Geregeld") + "')");
            }
            page.waitForSelector("#readiness:has-text('Gereed voor vrijlating')");

            // a refused save: the typed reason stays, the Dutch reason stands next to the empty field
            page.fill("#escalation-reason", "Contact met mededaders hersteld tijdens verlof");
            page.click("#escalation-form button[type=submit]");
            page.waitForSelector("#escalation-riskSummary-error");
            assertTrue(page.textContent("#escalation-riskSummary-error").contains("Vul dit veld in."));
            assertEquals("Contact met mededaders hersteld tijdens verlof", page.inputValue("#escalation-reason"));
            noViolations(page, "track page with a refused save");

            page.selectOption("#aftercare-kind", "SIGNAL");
            page.fill("#aftercare-occurredOn", today);
            page.fill("#aftercare-summary", "Afspraak bij de reclassering gemist");
            page.click("#aftercare-form button[type=submit]");
            page.waitForSelector("#aftercare td:has-text('Afspraak bij de reclassering gemist')");

            page.selectOption("#bij-offenceCategory", "SERIOUS_VIOLENT");
            page.fill("#bij-mayorNotifiedOn", today);
            page.click("#bij-form button[type=submit]");
            page.waitForSelector("#bij-items td:has-text('Wacht op de burgemeester')");
            page.navigate(UI + "/bij");
            page.waitForSelector("#bij a:has-text('Sem " + lastName + "')");
            noViolations(page, "BIJ worklist");
            page.navigate(trackUrl);
            page.selectOption("select[id^=assess-][id$=-assessment]", "POSSIBLE_UNREST");
            page.fill("input[id^=assess-][id$=-assessedOn]", today);
            page.fill("textarea[id^=assess-][id$=-measures]", "Gebiedsverbod rond de woning van het slachtoffer");
            page.click("form[id^=assess-] button[type=submit]");
            page.waitForSelector("#bij-items td:has-text('Mogelijk onrust')");

            page.fill("#isd-termStart", today);
            page.fill("#isd-termEnd", LocalDate.now().plusYears(2).toString());
            page.selectOption("#isd-phase", "INTRAMURAL");
            page.fill("#isd-startsOn", today);
            page.click("#isd-form button[type=submit]");
            page.waitForSelector("#isd-section td:has-text('Intramurale fase')");

            page.selectOption("#a18b-direction", "MUNICIPALITY_TO_DJI");
            page.fill("#a18b-requestedOn", today);
            page.fill("#a18b-question", "Is er risico op een ernstig geweldsdelict bij terugkeer?");
            page.click("#a18b-form button[type=submit]");
            page.waitForSelector("#risk-flag");
            page.fill("input[id^=answer-][id$=-answeredOn]", today);
            page.fill("textarea[id^=answer-][id$=-answer]", "Verhoogd risico volgens DJI");
            page.click("form[id^=answer-] button[type=submit]");
            page.waitForSelector("#article18b td:has-text('Verhoogd risico volgens DJI')");

            page.fill("#escalation-reason", "Contact met mededaders hersteld tijdens verlof");
            page.fill("#escalation-riskSummary", "Recidiverisico stijgt");
            page.click("#escalation-form button[type=submit]");
            page.waitForSelector("#escalations td:has-text('Opgeschaald')");
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                page.navigate(trackUrl);
                return page.locator("#escalations [id^=coveca-case-]").count() == 1;
            });
            // the coordinator reads that the case opened; only the house's process director opens it (no link to a 403)
            assertTrue(page.textContent("#escalations [id^=coveca-case-]").contains("procesregisseur"));
            String visible = page.innerText("main"); // what a person reads: no codes, no ISO dates (option values and
                                                     // date inputs carry them by design)
            assertFalse(visible.contains("SERIOUS_VIOLENT") || visible.contains(today), visible);
            noViolations(page, "track page");
            Browser.screenshot(page, "reintegration-track-page");

            page.selectOption("#close-reason", "COMPLETED");
            page.fill("#close-closedOn", today);
            page.click("#close-confirm-step summary");
            page.click("#close-confirm");
            page.waitForSelector("#closed");

            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                page.navigate(UI + "/tracks?q=" + triageName);
                return page.locator("#tracks td:has-text('Besluit van het triageoverleg')").count() == 1;
            });
            assertTrue(page.textContent("#tracks").contains("Niet bekend"));
            page.navigate(UI + "/tracks?q=" + lastName);
            page.waitForSelector("#empty");
        }
    }

    private static void noViolations(Page page, String what) {
        List<Axe.Violation> violations = Axe.run(page);
        assertTrue(violations.isEmpty(), what + ": " + violations);
    }

    private static String triageDecided(String lastName) throws Exception {
        String json = Files.readString(REPO.resolve("triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"));
        assertTrue(json.contains(SAMPLE_REFERRAL));
        return json.replace(SAMPLE_REFERRAL, UUID.randomUUID().toString())
                .replace("\"programme\": \"COVECA\"", "\"programme\": \"REINTEGRATION\"")
                .replace("\"lastName\": \"Berg\"", "\"lastName\": \"" + lastName + "\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
    }

    private static void publish(String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(LocalStack.kafka(Map.of()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
