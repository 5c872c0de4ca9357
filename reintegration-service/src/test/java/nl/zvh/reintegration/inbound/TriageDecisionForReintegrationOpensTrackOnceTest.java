package nl.zvh.reintegration.inbound;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.zvh.reintegration.track.Track;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: triage-service's own TriageDecided sample, routed to REINTEGRATION, sent through the real broker,
 * opens one track for the main person; the same decision again (another event id too) opens no second track, and a
 * decision for another programme opens none.
 */
@QuarkusTest
class TriageDecisionForReintegrationOpensTrackOnceTest {
    static final Path SAMPLE = Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json");
    static final String REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void reintegrationDecisionOpensOneTrackAndOtherProgrammesNone() throws Exception {
        String referral = UUID.randomUUID().toString();
        String decided = sample(referral, "REINTEGRATION");
        send(referral, decided);
        send(referral, decided);
        send(referral, sample(referral, "REINTEGRATION")); // same referral, another event id
        String coveca = UUID.randomUUID().toString();
        send(coveca, sample(coveca, "COVECA"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> tracksOf(referral) == 1);
        String track = QuarkusTransaction.requiringNew().call(
                () -> Track.<Track>find("sourceReferralId", UUID.fromString(referral)).firstResult().id().toString());
        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + track).then().statusCode(200)
                .body("source", equalTo("TRIAGE")).body("municipality", equalTo("Roosendaal"))
                .body("person.firstName", equalTo("Jan")).body("person.surnamePrefix", equalTo("van der"))
                .body("conditions.size()", equalTo(5));
        Thread.sleep(1000); // give the redeliveries and the other programme's decision their chance to misbehave
        assertEquals(1, tracksOf(referral));
        assertEquals(0, tracksOf(coveca));
    }

    static String sample(String referralId, String programme) throws Exception {
        String json = Files.readString(SAMPLE);
        assertTrue(json.contains(REFERRAL) && json.contains("\"programme\": \"COVECA\""));
        return json.replace(REFERRAL, referralId)
                .replace("\"programme\": \"COVECA\"", "\"programme\": \"" + programme + "\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
    }

    private long tracksOf(String referral) {
        return QuarkusTransaction.requiringNew().call(() -> Track.count("sourceReferralId", UUID.fromString(referral)));
    }

    private void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.triage.decision", key, value)).get();
        }
    }
}
