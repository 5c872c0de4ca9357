package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A complex case end to end through the gateway with real Keycloak tokens: the triage table's decision to start
 * CoVeCa (triage-service's own TriageDecided sample, published to the stack's Kafka) opens a case with the referral's
 * persons; the police process director holds a network meeting with minutes and three agreements, one of which goes
 * overdue (job run by the functional administrator) and shows on the worklist in the browser; two monitoring rounds
 * show a trend on the case page; the case closes with a reason and CoveCaCaseClosed is on Kafka. The housing
 * corporation's process director (not involved) gets 404, the police analyst gets figures but 403 on the case.
 */
@ExtendWith(LocalStack.class)
class CovecaCaseRunsFromTriageToClosureIT {
    static final Path REPO = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
    static final String SAMPLE_REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @Test
    void triageDecisionToClosure() throws Exception {
        String referralId = UUID.randomUUID().toString();
        publish("zvh.triage.decision", referralId, triageDecided(referralId));

        String director = Keycloak.userToken("politie-process-director");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> api(director).queryParam("sourceReferralId", referralId).when()
                        .get("/coveca/api/cases").then().statusCode(200).body("$", hasSize(1)));
        String caseId = api(director).queryParam("sourceReferralId", referralId).when().get("/coveca/api/cases").then()
                .extract().path("[0].id");
        api(director).when().put("/coveca/api/cases/" + caseId + "/process-director").then().statusCode(200)
                .body("processDirectorName", equalTo("politie-process-director"))
                .body("persons.fullName", contains("Jan van der Berg", "Fatima El Amrani"));

        String meetingId = api(director).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_MEETING", "scheduledAt", Instant.now().minusSeconds(600).toString(),
                        "location", "ZVH De Markiezaten", "agenda", "Plan van aanpak", "participants",
                        List.of(Map.of("organisation", "Politie Zeeland-West-Brabant"),
                                Map.of("organisation", "Veilig Thuis West-Brabant"))))
                .when().post("/coveca/api/cases/" + caseId + "/meetings").then().statusCode(201).extract().path("id");
        api(director).contentType(ContentType.JSON)
                .body(Map.of("minutes", "Veiligheid kinderen besproken; schulden en verslaving aanpakken.",
                        "clientPresent", false, "participants",
                        List.of(Map.of("organisation", "Politie Zeeland-West-Brabant", "attended", true),
                                Map.of("organisation", "Veilig Thuis West-Brabant", "attended", true)),
                        "decisions", List.of("Veiligheidsplan opstellen", "Verslavingszorg inschakelen")))
                .when().put("/coveca/api/cases/" + caseId + "/meetings/" + meetingId + "/minutes").then()
                .statusCode(200).body("status", equalTo("HELD"));
        String late = agreement(director, caseId, meetingId, "Veiligheidsplan opstellen", LocalDate.now().minusDays(1));
        agreement(director, caseId, meetingId, "Intake verslavingszorg", LocalDate.now().plusDays(14));
        agreement(director, caseId, meetingId, "Huisbezoek wijkagent", LocalDate.now().plusDays(7));

        api(Keycloak.userToken("politie-functional-admin")).when().post("/coveca/api/admin/jobs/overdue-agreements")
                .then().statusCode(200);
        api(director).when().get("/coveca/api/cases/" + caseId + "/plan").then().statusCode(200)
                .body("agreements.find { it.id == '" + late + "' }.status", equalTo("OVERDUE"))
                .body("agreements.findAll { it.status == 'OPEN' }.size()", equalTo(2));

        String personId = api(director).when().get("/coveca/api/cases/" + caseId).then().extract()
                .path("persons[0].personId");
        round(director, caseId, personId, LocalDate.now().minusDays(30), Map.of("FINANCES", 1, "SUBSTANCE_USE", 2));
        round(director, caseId, personId, LocalDate.now(), Map.of("FINANCES", 3, "SUBSTANCE_USE", 2));
        api(director).when().get("/coveca/api/cases/" + caseId + "/persons/" + personId + "/monitoring").then()
                .statusCode(200).body("domains.find { it.code == 'FINANCES' }.scores", contains(1, 3))
                .body("domains.find { it.code == 'FINANCES' }.change", equalTo(2));

        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.navigate(LocalStack.GATEWAY + "/coveca/ui/?tab=overdue");
            Browser.logIn(page, "politie-process-director");
            page.waitForURL(LocalStack.GATEWAY + "/coveca/ui/?tab=overdue");
            page.waitForSelector("#overdue tr[data-id='" + late + "']");
            assertTrue(page.textContent("#overdue tr[data-id='" + late + "']").contains("Veiligheidsplan opstellen"));
            assertTrue(page.textContent("h1").contains("Werklijst"), page.textContent("h1"));
            Browser.screenshot(page, "coveca-worklist-politie-process-director");
            page.click("#overdue tr[data-id='" + late + "'] a"); // the overdue agreement's case
            page.waitForURL(LocalStack.GATEWAY + "/coveca/ui/cases/" + caseId);
            CasePageWalk.section(page, "monitoring");
            page.waitForSelector("#chart-" + personId);
            assertEquals("2", page.getAttribute("#chart-" + personId, "data-rounds"));
            assertEquals(2, page.locator("#chart-" + personId + " polyline.round").count());
            assertTrue(page.textContent("#persons").contains("Fatima El Amrani"));
            assertTrue(page.textContent("#meetings").contains("Veiligheidsplan opstellen"));
            Browser.screenshot(page, "coveca-case-page-politie-process-director");
        }

        api(Keycloak.userToken("woonkwartier-process-director")).when().get("/coveca/api/cases/" + caseId).then()
                .statusCode(404);
        String analyst = Keycloak.userToken("politie-analyst");
        api(analyst).when().get("/coveca/api/figures").then().statusCode(200).body("house", equalTo("markiezaten"));
        api(analyst).when().get("/coveca/api/cases/" + caseId).then().statusCode(403);

        api(director).contentType(ContentType.JSON)
                .body(Map.of("reason", "STABLE", "closingMeetingId", meetingId, "note", "Situatie beheersbaar")).when()
                .post("/coveca/api/cases/" + caseId + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        String closed = awaitRecord("zvh.coveca.case", caseId, "\"CoveCaCaseClosed\"");
        assertTrue(closed.contains("\"reason\":\"STABLE\""), closed);
        assertTrue(closed.contains("\"sourceReferralId\":\"" + referralId + "\""), closed);
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token);
    }

    private static String agreement(String token, String caseId, String meetingId, String description, LocalDate due) {
        List<Map<String, Object>> agreements = api(token).contentType(ContentType.JSON)
                .body(Map.of("meetingId", meetingId, "description", description, "ownerOrganisation",
                        "Politie Zeeland-West-Brabant", "ownerPerson", "Wijkagent", "dueDate", due.toString()))
                .when().post("/coveca/api/cases/" + caseId + "/plan/agreements").then().statusCode(200).extract()
                .path("agreements");
        return agreements.stream().filter(a -> description.equals(a.get("description"))).findFirst()
                .map(a -> (String) a.get("id")).orElseThrow();
    }

    private static void round(String token, String caseId, String personId, LocalDate on, Map<String, Integer> scores) {
        api(token).contentType(ContentType.JSON).body(Map.of("scoredOn", on.toString(), "scores", scores)).when()
                .post("/coveca/api/cases/" + caseId + "/persons/" + personId + "/monitoring").then().statusCode(201);
    }

    private static String triageDecided(String referralId) throws Exception {
        String json = Files.readString(REPO.resolve("triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"));
        assertTrue(json.contains(SAMPLE_REFERRAL));
        return json.replace(SAMPLE_REFERRAL, referralId)
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

    private static String awaitRecord(String topic, String key, String contains) {
        try (var consumer = new KafkaConsumer<String, String>(
                LocalStack.kafka(Map.of("group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            String[] found = new String[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key()) && r.value().contains(contains)) {
                        found[0] = r.value();
                        return true;
                    }
                }
                return false;
            });
            return found[0];
        }
    }
}
