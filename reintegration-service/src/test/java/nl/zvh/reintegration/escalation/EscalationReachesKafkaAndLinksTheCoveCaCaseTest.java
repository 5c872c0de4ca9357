package nl.zvh.reintegration.escalation;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static nl.zvh.reintegration.Actors.OTHER_HOUSE_COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.zvh.reintegration.Actors;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Escalating a track publishes ReintegrationEscalated v1 on the real broker (via the outbox) with what process
 * direction needs; when CoVeCa reports the case it opened for the track (CoveCaCaseOpened, the proposed sample),
 * the escalation shows the link.
 */
@QuarkusTest
class EscalationReachesKafkaAndLinksTheCoveCaCaseTest {
    /** coveca-service's own sample of a case opened from a re-integration escalation. */
    static final Path COVECA_SAMPLE = Path
            .of("../coveca-service/src/main/asyncapi/samples/CoveCaCaseOpened-v1-from-escalation.json");

    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void escalationIsPublishedAndLinkedWhenCoveCaOpensTheCase() throws Exception {
        String track = Actors.trackOfNewDetention(LocalDate.now().plusDays(9));
        String escalation = given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "No housing nine days before release", "riskSummary",
                        "Recidivism risk rising; refuses care"))
                .when().post("/api/tracks/" + track + "/escalations").then().statusCode(201)
                .body("status", equalTo("ESCALATED")).body("covecaCaseId", nullValue()).extract().path("id");

        JsonNode event = awaitEvent(track);
        assertEquals(1, event.get("version").asInt());
        assertEquals("markiezaten", event.get("house").asText());
        JsonNode payload = event.get("payload");
        assertEquals(track, payload.get("trackId").asText());
        assertEquals(escalation, payload.get("escalationId").asText());
        assertEquals("Roosendaal", payload.get("municipality").asText());
        assertEquals("Recidivism risk rising; refuses care", payload.get("riskSummary").asText());
        assertEquals("Wit", payload.at("/person/lastName").asText());
        assertEquals("123456782", payload.at("/person/bsn").asText());
        assertTrue(payload.at("/person/personId").asText().length() == 36);
        assertTrue(payload.hasNonNull("escalatedAt"));

        String caseId = UUID.randomUUID().toString();
        String opened = Files.readString(COVECA_SAMPLE).replace("2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a", track)
                .replace("7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f", caseId)
                .replace("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", UUID.randomUUID().toString());
        send("zvh.coveca.case", caseId, opened);
        send("zvh.coveca.case", caseId, opened); // redelivery changes nothing
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(COORDINATOR).when()
                        .get("/api/tracks/" + track + "/escalations").then().statusCode(200)
                        .body("[0].status", equalTo("LINKED")).body("[0].covecaCaseId", equalTo(caseId)));
        given().auth().oauth2(OTHER_HOUSE_COORDINATOR).contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "riskSummary", "y")).when().post("/api/tracks/" + track + "/escalations")
                .then().statusCode(404);
        given().auth().oauth2(COORDINATOR).contentType(ContentType.JSON).body(Map.of("reason", " ")).when()
                .post("/api/tracks/" + track + "/escalations").then().statusCode(400);
    }

    private JsonNode awaitEvent(String trackId) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.reintegration.track"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode node = JSON.readTree(r.value());
                    if (trackId.equals(r.key()) && "ReintegrationEscalated".equals(node.get("type").asText())) {
                        found.set(node);
                    }
                }
                return found.get() != null;
            });
        }
        return found.get();
    }

    private void send(String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
