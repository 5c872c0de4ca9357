package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Re-integration end to end through the gateway with real Keycloak tokens: DJI (client credentials) reports a
 * detention and later the release, a repeated notification changes nothing; the house's coordinators (police and
 * housing, both De Markiezaten) record consent and the five basic conditions and escalate; ReintegrationEscalated is
 * on the real Kafka broker. DJI never reads tracks, and invalid notifications get problems naming the field.
 */
@ExtendWith(LocalStack.class)
class ReintegrationTrackThroughGatewayIT {
    static final String NOTIFICATIONS = "/reintegration/api/dji/notifications";

    static String dji() {
        return Keycloak.clientToken("dji-prison-service", "dji-dev-secret");
    }

    static Map<String, Object> start(String detention, String lastName, String municipality, LocalDate detained,
            LocalDate expected) {
        Map<String, Object> body = new HashMap<>(Map.of("notificationId", "N-" + UUID.randomUUID(), "type",
                "DETENTION_STARTED", "detentionId", detention, "institution", "PI Zeeland", "detentionDate",
                detained.toString(), "expectedReleaseDate", expected.toString(), "municipality", municipality));
        body.put("person", Map.of("firstName", "Ahmed", "lastName", lastName, "dateOfBirth", "1988-09-30",
                "djiPersonNumber", "P" + Math.abs(lastName.hashCode())));
        return body;
    }

    static Map<String, Object> released(String detention, LocalDate date) {
        return new HashMap<>(Map.of("notificationId", "N-" + UUID.randomUUID(), "type", "RELEASED", "detentionId",
                detention, "releaseDate", date.toString()));
    }

    static ValidatableResponse post(String token, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .post(NOTIFICATIONS).then();
    }

    @Test
    void djiNotifiesCoordinatorsPrepareReturnAndEscalate() {
        String dji = dji();
        String detention = "DET-" + UUID.randomUUID();
        String lastName = "Bakker-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> start = start(detention, lastName, "Roosendaal", LocalDate.now().minusMonths(8),
                LocalDate.now().plusDays(10));
        post(dji, start).statusCode(201).body("status", equalTo("PROCESSED"));
        post(dji, start).statusCode(200).body("status", equalTo("PROCESSED"));

        String police = Keycloak.userToken("politie-reintegration-coordinator");
        String housing = Keycloak.userToken("woonkwartier-reintegration-coordinator");
        String trackId = given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).when()
                .get("/reintegration/api/tracks/worklist").then().statusCode(200).extract()
                .path("find { it.personName == 'Ahmed " + lastName + "' }.trackId");
        assertNotNull(trackId, "the detention is on the house's worklist");
        String track = "/reintegration/api/tracks/" + trackId;

        given().baseUri(LocalStack.GATEWAY).auth().oauth2(dji).when().get(track).then().statusCode(403);
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(Keycloak.userToken("haaglanden-process-director")).when()
                .get(track).then().statusCode(403);

        put(police, track + "/consent", Map.of("consent", "GIVEN", "date", LocalDate.now().toString())).body("consent",
                equalTo("GIVEN"));
        put(police, track + "/conditions/VALID_ID", Map.of("status", "IN_ORDER"));
        put(housing, track + "/conditions/HOUSING", Map.of("status", "ARRANGED", "responsiblePartner", "Woonkwartier",
                "notes", "Room in supported housing from release day"));
        put(police, track + "/conditions/INCOME_OR_DAYTIME_ACTIVITY",
                Map.of("status", "ARRANGED", "responsiblePartner", "Gemeente Roosendaal"));
        put(police, track + "/conditions/DEBTS", Map.of("status", "ACTION_NEEDED", "responsiblePartner",
                "Gemeente Roosendaal", "notes", "Debts unclear, assistance requested"));
        put(police, track + "/conditions/CARE", Map.of("status", "ARRANGED", "responsiblePartner", "GGZ WNB"))
                .body("openConditions", equalTo(1)).body("readyForRelease", equalTo(false));

        given().baseUri(LocalStack.GATEWAY).auth().oauth2(housing).contentType(ContentType.JSON)
                .body(Map.of("reason", "Contacts with co-offenders resumed during leave", "riskSummary",
                        "Recidivism risk rising; debts unclear"))
                .when().post(track + "/escalations").then().statusCode(201).body("status", equalTo("ESCALATED"));
        Map<String, Object> event = awaitEscalated(trackId);
        assertEquals("markiezaten", event.get("house"));
        assertEquals("Roosendaal", event.get("municipality"));
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) event.get("person");
        assertEquals(lastName, person.get("lastName"));
        // coveca-service consumed the escalation and opened a case; its CoveCaCaseOpened links the track
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).when()
                        .get(track + "/escalations").then().statusCode(200).body("[0].status", equalTo("LINKED"))
                        .body("[0].covecaCaseId", org.hamcrest.Matchers.notNullValue()));

        Map<String, Object> release = released(detention, LocalDate.now());
        post(dji, release).statusCode(201).body("status", equalTo("PROCESSED"));
        post(dji, release).statusCode(200).body("status", equalTo("PROCESSED"));
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(dji).when()
                .get(NOTIFICATIONS + "/" + release.get("notificationId")).then().statusCode(200)
                .body("status", equalTo("PROCESSED"));
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(police).when().get(track).then().statusCode(200)
                .body("detention.actualReleaseDate", equalTo(LocalDate.now().toString()))
                .body("detention.readyAtRelease", equalTo(false));
    }

    @Test
    void invalidNotificationsGetProblemsNamingTheField() {
        String dji = dji();
        post(dji,
                start("DET-" + UUID.randomUUID(), "Jansen", "Amsterdam", LocalDate.now().minusDays(3),
                        LocalDate.now().plusDays(3)))
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("municipality"));
        String detention = "DET-" + UUID.randomUUID();
        post(dji, start(detention, "Jansen", "Halderberge", LocalDate.now().minusDays(3), LocalDate.now().plusDays(3)))
                .statusCode(201);
        post(dji, released(detention, LocalDate.now().minusDays(30))).statusCode(400).body("errors.field",
                hasItem("releaseDate"));
        given().baseUri(LocalStack.GATEWAY).auth().oauth2(dji).contentType(ContentType.JSON)
                .body("{\"notificationId\": \"N-1\", \"type\": ").when().post(NOTIFICATIONS).then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> unknownType = released(detention, LocalDate.now());
        unknownType.put("type", "ESCAPED");
        post(dji, unknownType).statusCode(400).body("errors.field", hasItem("type"));
        post(Keycloak.clientToken("police-zwb-system", "police-dev-secret"), released(detention, LocalDate.now()))
                .statusCode(403);
    }

    private static ValidatableResponse put(String token, String path, Object body) {
        return given().baseUri(LocalStack.GATEWAY).auth().oauth2(token).contentType(ContentType.JSON).body(body).when()
                .put(path).then().statusCode(200);
    }

    private static Map<String, Object> awaitEscalated(String trackId) {
        AtomicReference<Map<String, Object>> payload = new AtomicReference<>();
        try (var consumer = new KafkaConsumer<String, String>(
                LocalStack.kafka(Map.of("group.id", "it-" + UUID.randomUUID(), "auto.offset.reset", "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.reintegration.track"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    JsonPath envelope = JsonPath.from(r.value());
                    if (trackId.equals(r.key()) && "ReintegrationEscalated".equals(envelope.getString("type"))) {
                        payload.set(envelope.getMap("payload"));
                    }
                }
                return payload.get() != null;
            });
        }
        return payload.get();
    }
}
