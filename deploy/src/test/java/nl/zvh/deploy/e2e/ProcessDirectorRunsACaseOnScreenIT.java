package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19: a process director runs a CoVeCa case on screen through the gateway, every step a form of the pages (no
 * API call for the steps; the triage decision arrives as triage-service's own TriageDecided sample on Kafka and the
 * overdue job is the functional administrator's): the case waits on the worklist's "Niet toegewezen" tab, the police
 * process director takes it over, involves a partner with its contact person and adds a family member, writes a
 * safety note shown as a banner, changes intensity and sub-approach, plans a
 * network meeting and records its minutes on the meeting page, writes a goal and three agreements, one of which goes
 * overdue and shows on the "Verlopen afspraken" tab, scores two monitoring rounds that show a trend, raises an
 * escalation and records its answer, writes a ZSM scenario and prints it as a one-page PDF, and closes the case
 * with a reason. Every page is screenshot and must pass
 * axe-core (WCAG 2.1 AA) and the shell's checks. Markiezaten works without four eyes, so the plan and closure take
 * effect without a second director here (the four-eyes approval is covered by the service's tests in house zeeland).
 */
@ExtendWith(LocalStack.class)
class ProcessDirectorRunsACaseOnScreenIT {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String SAMPLE = "triage-service/src/main/asyncapi/samples/TriageDecided-v1.json";

    private final CasePageWalk walk = new CasePageWalk();

    @Test
    void processDirectorRunsACaseOnScreen() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String decided = Files.readString(Path.of(System.getProperty("zvh.repo", "..")).resolve(SAMPLE))
                .replace("0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81", referralId)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
        try (var producer = new KafkaProducer<String, String>(LocalStack.kafka(Map.of()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.triage.decision", referralId, decided)).get();
        }
        String token = Keycloak.userToken("politie-process-director");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> given().baseUri(LocalStack.GATEWAY).auth().oauth2(token)
                        .queryParam("sourceReferralId", referralId).when().get("/coveca/api/cases").then()
                        .body("$", hasSize(1)));
        String caseId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(token)
                .queryParam("sourceReferralId", referralId).when().get("/coveca/api/cases").then().extract()
                .path("[0].id");
        String casePath = "/coveca/ui/cases/" + caseId;

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=unassigned");
            Browser.logIn(page, "politie-process-director");
            page.waitForSelector("#take-over-" + caseId);
            walk.looked(page, "issue19-01-worklist-unassigned");
            page.click("#take-over-" + caseId);
            page.waitForURL("**" + casePath + "?saved=*");
            assertEquals(0, page.locator("#take-over").count(), "taken over: no take-over button any more");
            walk.looked(page, "issue19-02-case-taken-over");

            CasePageWalk.section(page, "partners");
            page.fill("#partnerOrganisation", "Veilig Thuis West-Brabant");
            page.fill("#partnerContactName", "R. de Wit");
            page.fill("#partnerContactEmail", "r.dewit@example.org");
            walk.submit(page, "#add-partner button[type=submit]", casePath);
            assertTrue(page.textContent("#partners").contains("R. de Wit"));
            CasePageWalk.section(page, "persons");
            page.fill("#personFirstName", "Daan");
            page.fill("#personLastName", "van der Berg");
            page.fill("#personDateOfBirth", "2014-03-09");
            page.selectOption("#personRelation", "CHILD");
            walk.submit(page, "#add-person button[type=submit]", casePath);
            assertTrue(page.textContent("#persons").contains("Daan van der Berg"));
            page.click("#add-safety-note summary");
            page.selectOption("#safetyKind", "DOG");
            page.fill("#safetyText", "Grote hond in de tuin; aanbellen en wachten.");
            walk.submit(page, "#add-safety-note-submit", casePath);
            assertTrue(page.textContent("#safety").contains("Grote hond in de tuin"), page.textContent("#safety"));
            page.click("#classification summary");
            page.selectOption("#caseIntensity", "PGA");
            page.selectOption("#caseSubApproach", "HIGH_IMPACT_CRIME");
            walk.submit(page, "#reclassify", casePath);
            assertTrue(page.textContent("#case-facts").contains("High impact crime"), page.textContent("#case-facts"));
            walk.looked(page, "issue19-03-partner-and-family-member");

            ZonedDateTime held = ZonedDateTime.now(NL).minusMinutes(10);
            CasePageWalk.section(page, "meetings");
            page.selectOption("#meetingKind", "NETWORK_MEETING");
            page.fill("#meetingDate", held.toLocalDate().toString());
            page.fill("#meetingTime", held.format(DateTimeFormatter.ofPattern("HH:mm")));
            page.fill("#meetingLocation", "ZVH De Markiezaten");
            page.fill("#meetingAgenda", "Kennismaking en plan van aanpak");
            page.fill("#meetingInvitees",
                    "Politie Zeeland-West-Brabant, wijkagent\nVeilig Thuis West-Brabant, R. de Wit");
            walk.submit(page, "#plan-meeting button[type=submit]", casePath);
            page.click("#meetings article.meeting h3 a");
            page.waitForSelector("#record-minutes");
            walk.looked(page, "issue19-04-meeting-planned");
            page.check("#attended-0");
            page.check("#attended-1");
            page.selectOption("#clientPresent", "false");
            page.fill("#minutes", "Veiligheid van de kinderen besproken; schulden en verslaving aanpakken.");
            page.fill("#decisions", "Veiligheidsplan opstellen\nVerslavingszorg inschakelen");
            page.click("#record-submit");
            page.waitForSelector("section#minutes");
            assertTrue(page.textContent("section#minutes").contains("Verslavingszorg inschakelen"));
            walk.looked(page, "issue19-05-meeting-recorded");

            page.navigate(LocalStack.GATEWAY + casePath);
            CasePageWalk.section(page, "plan");
            page.selectOption("#goalDomain", "FINANCES");
            page.fill("#goalDescription", "Schulden onder controle en een stabiel inkomen");
            walk.submit(page, "#add-goal button[type=submit]", casePath);
            agreement(page, casePath, "Veiligheidsplan opstellen", "Veilig Thuis West-Brabant", -1);
            agreement(page, casePath, "Intake verslavingszorg", "Politie Zeeland-West-Brabant", 14);
            agreement(page, casePath, "Huisbezoek wijkagent", "Politie Zeeland-West-Brabant", 7);
            assertEquals(3, page.locator("#agreements tbody tr").count());
            walk.looked(page, "issue19-06-plan-with-three-agreements");

            given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("politie-functional-admin")).when()
                    .post("/coveca/api/admin/jobs/overdue-agreements").then().statusCode(200);
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=overdue");
            page.waitForSelector("#overdue tr.status-OVERDUE:has-text('Veiligheidsplan opstellen')");
            walk.looked(page, "issue19-07-worklist-overdue");

            page.navigate(LocalStack.GATEWAY + casePath);
            round(page, casePath, LocalDate.now(NL).minusDays(30), "1");
            round(page, casePath, LocalDate.now(NL), "3");
            assertTrue(page.locator("#monitoring [id^='chart-'][data-rounds='2']").count() >= 1,
                    "the main person's chart shows two rounds");
            walk.looked(page, "issue19-08-monitoring-trend");

            CasePageWalk.section(page, "escalation");
            page.selectOption("#escalationDirection", "ESCALATE");
            page.selectOption("#escalationLevel", "PROCESS");
            page.fill("#escalationQuestion", "Wie neemt de schuldhulpverlening op zich?");
            walk.submit(page, "#raise-escalation button[type=submit]", casePath);
            CasePageWalk.section(page, "escalation");
            page.selectOption("#answerEscalation", new SelectOption().setIndex(1));
            page.fill("#answerText", "De gemeente Roosendaal meldt het gezin aan bij de schuldhulp.");
            walk.submit(page, "#answer-escalation button[type=submit]", casePath);
            assertTrue(page.textContent("#escalations").contains("De gemeente Roosendaal meldt het gezin aan"));
            walk.looked(page, "issue19-09-escalation-answered");

            CasePageWalk.section(page, "zsm");
            page.selectOption("#zsmPerson", new SelectOption().setIndex(1));
            page.fill("#zsmScenario", "Bij een nieuwe aanhouding: snelrecht met bijzondere voorwaarde schuldhulp.");
            page.fill("#zsmAdvice", "Geen sepot; neem contact op met de procesregisseur.");
            walk.submit(page, "#write-zsm button[type=submit]", casePath);
            page.click("#zsm-list a");
            page.waitForSelector("#zsm-pdf");
            walk.looked(page, "issue19-10-zsm-scenario");
            var pdf = page.request().get(page.locator("#zsm-pdf").evaluate("a => a.href").toString());
            assertEquals(200, pdf.status(), "the ZSM scenario prints as PDF");
            assertTrue(pdf.headers().get("content-type").startsWith("application/pdf"), pdf.headers().toString());
            Files.write(
                    Path.of(System.getProperty("zvh.screenshots", "target/screenshots"), "issue19-zsm-scenario.pdf"),
                    pdf.body());

            page.navigate(LocalStack.GATEWAY + casePath);
            CasePageWalk.section(page, "closure");
            page.selectOption("#closureReason", "STABLE");
            page.fill("#closureNote", "Situatie beheersbaar; afgeschaald naar het wijkteam.");
            page.click("#confirm-close-step summary");
            page.click("#confirm-close");
            page.waitForURL("**" + casePath + "?saved=*");
            assertTrue(page.textContent("#case-facts").contains("Situatie stabiel"), page.textContent("#case-facts"));
            assertEquals(1, page.locator("#reopen-case").count(), "a closed case offers reopening");
            walk.looked(page, "issue19-11-case-closed");
        }
        assertTrue(walk.findings.isEmpty(), String.join("\n", walk.findings));
    }

    private void agreement(Page page, String casePath, String description, String organisation, int dueInDays) {
        page.fill("#agreementDescription", description);
        page.selectOption("#agreementOrganisation", organisation);
        page.fill("#agreementPerson", "Contactpersoon " + organisation);
        page.fill("#agreementDueDate", LocalDate.now(NL).plusDays(dueInDays).toString());
        page.selectOption("#agreementGoal", new SelectOption().setIndex(1));
        walk.submit(page, "#add-agreement button[type=submit]", casePath);
    }

    private void round(Page page, String casePath, LocalDate on, String finances) {
        CasePageWalk.section(page, "monitoring");
        page.selectOption("#monitoringPerson", new SelectOption().setIndex(1));
        page.fill("#monitoringDate", on.toString());
        page.selectOption("#score-FINANCES", finances);
        page.selectOption("#score-HOUSING", "3");
        walk.submit(page, "#score-round button[type=submit]", casePath);
    }

}
