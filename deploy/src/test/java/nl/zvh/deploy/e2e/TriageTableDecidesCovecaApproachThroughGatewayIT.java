package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Triage end to end through the gateway with real Keycloak tokens: a police officer refers a person; the referral
 * lands on De Markiezaten's next Thursday session; the police partner system answers its familiarity check with a
 * client-credentials token; another organisation's triage member cannot read that answer before the session, the
 * Haaglanden house sees nothing, a referrer is refused; the chair scores and decides a CoVeCa approach, and
 * TriageDecided is on Kafka (read by a plain consumer) and back at intake.
 */
@ExtendWith(LocalStack.class)
class TriageTableDecidesCovecaApproachThroughGatewayIT {
    static final String POLICE = "Politie Zeeland-West-Brabant";

    static RequestSpecification as(String token) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void referralIsCheckedScoredAndDecidedAndTriageDecidedReachesKafka() {
        String referralId = as(Keycloak.userToken("politie-referrer"))
                .body(ReferralReachesTriageQueueThroughGatewayIT.referral()).when().post("/intake/api/referrals").then()
                .statusCode(201).extract().path("id");

        // on the agenda of the next regular session: a Thursday in the future
        String chair = Keycloak.userToken("politie-triage-chair");
        AtomicReference<Map<String, Object>> session = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<String> ids = as(chair).when().get("/triage/api/triage/sessions").then().statusCode(200).extract()
                    .path("sessionId");
            for (String id : ids) {
                JsonPath s = as(chair).when().get("/triage/api/triage/sessions/" + id).then().statusCode(200).extract()
                        .jsonPath();
                if (s.getList("agenda.referralId").contains(referralId)) {
                    session.set(s.getMap("$"));
                    return true;
                }
            }
            return false;
        });
        assertEquals("REGULAR", session.get().get("kind"));
        LocalDate sessionDate = LocalDate.parse((String) session.get().get("date"));
        assertEquals(DayOfWeek.THURSDAY, sessionDate.getDayOfWeek());

        // the police partner system answers its own familiarity check through the gateway
        String policeSystem = Keycloak.clientToken("police-zwb-system", "police-dev-secret");
        AtomicReference<String> checkId = new AtomicReference<>();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonPath checks = as(policeSystem).when().get("/triage/api/triage/checks?status=OPEN").then()
                    .statusCode(200).extract().jsonPath();
            checkId.set(checks.getString("find { it.referralId == '" + referralId + "' }.checkId"));
            assertEquals(POLICE, checks.getString("find { it.referralId == '" + referralId + "' }.organisation"));
        });
        as(policeSystem)
                .body(Map.of("known", true, "summary", "Bekend: twee meldingen overlast in 2026.", "sourceSystem",
                        "BVH", "sensitivity", "SENSITIVE"))
                .when().put("/triage/api/triage/checks/" + checkId.get() + "/answer").then().statusCode(200)
                .body("status", equalTo("ANSWERED"));

        // before the session: another organisation's triage member sees that police answered, not what
        String checksOf = "/triage/api/triage/referrals/" + referralId + "/checks";
        String housingMember = Keycloak.userToken("woonkwartier-triage-member");
        as(housingMember).when().get(checksOf).then().statusCode(200)
                .body("find { it.organisation == '" + POLICE + "' }.status", equalTo("ANSWERED"))
                .body("find { it.organisation == '" + POLICE + "' }.answerVisible", equalTo(false))
                .body("find { it.organisation == '" + POLICE + "' }.answer", nullValue())
                .body(not(containsString("overlast in 2026")));
        as(housingMember).when().get("/triage/api/triage/checks/" + checkId.get()).then().statusCode(404);
        as(Keycloak.userToken("politie-triage-member")).when().get(checksOf).then().statusCode(200)
                .body("find { it.organisation == '" + POLICE + "' }.answer.summary", containsString("overlast"));

        // another house sees nothing; a referrer cannot see triage at all
        String haaglanden = Keycloak.userToken("haaglanden-triage-chair");
        as(haaglanden).when().get(checksOf).then().statusCode(404);
        as(haaglanden).when().get("/triage/api/triage/sessions/" + session.get().get("sessionId")).then()
                .statusCode(404);
        as(haaglanden).when().get("/triage/api/triage/queue").then().statusCode(200).body("referralId",
                not(hasItem(referralId)));
        as(haaglanden).when().get("/triage/api/triage/checks/" + checkId.get()).then().statusCode(404);
        String referrer = Keycloak.userToken("politie-referrer");
        as(referrer).when().get(checksOf).then().statusCode(403);
        as(referrer).when().get("/triage/api/triage/sessions").then().statusCode(403);
        as(referrer).when().get("/triage/api/triage/checks").then().statusCode(403);

        // the session starts (the chair holds it now as an extra session): the table sees all answers
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String now = as(chair).body(Map.of("date", today, "time", "00:00", "reason", "E2E: zitting nu")).when()
                .post("/triage/api/triage/sessions").then().statusCode(201).extract().path("sessionId");
        as(chair).body(Map.of("referralId", referralId)).when().post("/triage/api/triage/sessions/" + now + "/items")
                .then().statusCode(200).body("agenda.referralId", hasItem(referralId));
        as(housingMember).when().get(checksOf).then().statusCode(200)
                .body("find { it.organisation == '" + POLICE + "' }.answer.summary", containsString("overlast"));

        // the chair scores and decides: start a CoVeCa approach
        as(chair)
                .body(Map.of("scores", Map.of("VIOLENCE", 1, "PSYCHIATRIC", 2, "HOUSING", 2), "childrenInHousehold",
                        true, "criteria",
                        Map.of("multipleLifeDomains", true, "severalChainsWithCoercion", true,
                                "impactOnFamilyOrEnvironment", true, "seriousLocalSafetyProblems", false)))
                .when().put("/triage/api/triage/referrals/" + referralId + "/assessment").then().statusCode(200)
                .body("recommendation.programme", equalTo("COVECA"));
        as(chair)
                .body(Map.of("outcome", "APPROACH_STARTED", "programme", "COVECA", "intensity", "MAATWERK",
                        "subApproach", "REGULAR", "rationale", "Overlast en verward gedrag; meerdere ketens nodig.",
                        "membersPresent", List.of("Openbaar Ministerie", POLICE, "Veilig Thuis West-Brabant")))
                .when().post("/triage/api/triage/referrals/" + referralId + "/decision").then().statusCode(201)
                .body("outcome", equalTo("APPROACH_STARTED"));

        JsonPath decided = triageDecided(referralId);
        assertEquals("COVECA", decided.getString("payload.programme"));
        assertEquals("MAATWERK", decided.getString("payload.intensity"));
        assertEquals("markiezaten", decided.getString("house"));
        assertEquals("Vries", decided.getString("payload.persons[0].lastName"));
        assertEquals(2, decided.getList("payload.persons").size());

        // intake consumes TriageDecided: the referrer sees the outcome
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> as(referrer).when()
                .get("/intake/api/referrals/" + referralId).then().statusCode(200).body("status", equalTo("DECIDED")));
    }

    static JsonPath triageDecided(String referralId) {
        try (var consumer = new KafkaConsumer<String, String>(
                LocalStack.kafka(Map.of("group.id", "e2e-" + UUID.randomUUID(), "auto.offset.reset", "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.triage.decision"));
            AtomicReference<JsonPath> found = new AtomicReference<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    JsonPath event = JsonPath.from(record.value());
                    if (referralId.equals(record.key()) && "TriageDecided".equals(event.getString("type"))) {
                        found.set(event);
                    }
                }
                return found.get() != null;
            });
            return found.get();
        }
    }
}
