package nl.zvh.coveca.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.coveca.Tokens;
import nl.zvh.platform.testing.Kafka;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract for ReintegrationEscalated v1 (owned by reintegration-service; our copy of its sample in
 * src/test/resources/samples, exactly the documented fields) on the real broker: one case under process direction
 * for the track, seen by the house's own process directors; a poison event goes to the dead-letter topic.
 */
@QuarkusTest
class ReintegrationEscalationOpensCaseTest {
    /** reintegration-service's own sample of the event. */
    static final Path SAMPLE = Path
            .of("../reintegration-service/src/main/asyncapi/samples/ReintegrationEscalated-v1.json");

    static final String SAMPLE_TRACK = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void escalatedTrackOpensOneCaseForTheHouse() throws Exception {
        String trackId = UUID.randomUUID().toString();
        String escalated = sample(trackId);
        Kafka.send("zvh.reintegration.track", trackId, escalated);
        Kafka.send("zvh.reintegration.track", trackId, escalated);

        String staff = Tokens.houseStaffDirector();
        String caseId = OpenedCases.awaitOne(staff, "sourceTrackId", trackId);
        given().auth().oauth2(staff).when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("source", equalTo("REINTEGRATION")).body("municipality", equalTo("Roosendaal"))
                .body("persons.fullName", contains("Kees de Wit")).body("persons.role", contains("MAIN"));
        // no partner is involved yet: a partner's process director does not see it
        given().auth().oauth2(Tokens.policeDirector()).when().get("/api/cases/" + caseId).then().statusCode(404);
        String opened = Kafka.await("zvh.coveca.case", r -> caseId.equals(r.key()));
        assertTrue(opened.contains("\"sourceTrackId\":\"" + trackId + "\""), opened);
    }

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndDoesNotBlockTheTrack() throws Exception {
        String key = UUID.randomUUID().toString();
        Kafka.send("zvh.reintegration.track", key, "{\"not\": an event");
        Kafka.send("zvh.reintegration.track", key, sample(key));
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "dlq-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.reintegration.track.dlq"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key())) {
                        return true;
                    }
                }
                return false;
            });
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth().oauth2(Tokens.houseStaffDirector()).queryParam("sourceTrackId", key)
                        .when().get("/api/cases").then().statusCode(200).body("$", hasSize(1)));
    }

    static String sample(String trackId) throws Exception {
        String json = Files.readString(SAMPLE);
        assertTrue(json.contains(SAMPLE_TRACK));
        return json.replace(SAMPLE_TRACK, trackId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
