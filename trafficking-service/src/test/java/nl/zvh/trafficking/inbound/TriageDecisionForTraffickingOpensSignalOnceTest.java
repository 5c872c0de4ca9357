package nl.zvh.trafficking.inbound;

import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.get;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.zvh.trafficking.signal.Signal;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: triage-service's own TriageDecided sample, routed to TRAFFICKING, sent through the real broker,
 * becomes one signal in the coordinator's inbox with the main person as presumed victim; the same event again and the
 * same referral under another event id add nothing, and a decision for another programme or an advice adds nothing.
 */
@QuarkusTest
class TriageDecisionForTraffickingOpensSignalOnceTest {
    static final Path SAMPLE = Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json");
    static final Path ADVICE = Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1-advice.json");
    static final String REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void traffickingDecisionOpensOneSignalAndOthersNone() throws Exception {
        String referral = UUID.randomUUID().toString();
        String decided = sample(SAMPLE, referral, "TRAFFICKING");
        send(referral, decided);
        send(referral, decided);
        send(referral, sample(SAMPLE, referral, "TRAFFICKING"));
        String coveca = UUID.randomUUID().toString();
        send(coveca, sample(SAMPLE, coveca, "COVECA"));
        String advice = UUID.randomUUID().toString();
        String adviceJson = sample(ADVICE, advice, "TRAFFICKING");
        assertTrue(adviceJson.contains("\"programme\": null"));
        send(advice, adviceJson.replace("\"programme\": null", "\"programme\": \"TRAFFICKING\""));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> signalsOf(referral) == 1);
        String signal = QuarkusTransaction.requiringNew().call(
                () -> Signal.<Signal>find("sourceReferralId", UUID.fromString(referral)).firstResult().id.toString());
        get(COORDINATOR, "/api/signals/" + signal).statusCode(200).body("channel", equalTo("TRIAGE"))
                .body("municipality", equalTo("Roosendaal")).body("presumedVictim.firstName", equalTo("Jan"))
                .body("presumedVictim.lastName", equalTo("Berg")).body("exploitationTypes", hasItem("OTHER_UNCLEAR"))
                .body("otherPersons[0].lastName", equalTo("El Amrani")).body("sourceReferralId", equalTo(referral))
                .body("sourceName", equalTo("Politie Zeeland-West-Brabant"))
                .body("description", startsWith("Problems on several life domains"));
        get(COORDINATOR, "/api/signals?undecided=true").body("id", hasItem(signal));
        Thread.sleep(1000); // give the redeliveries and the other decisions their chance to misbehave
        assertEquals(1, signalsOf(referral));
        assertEquals(0, signalsOf(coveca));
        assertEquals(0, signalsOf(advice));
    }

    static String sample(Path file, String referralId, String programme) throws Exception {
        String json = Files.readString(file);
        assertTrue(json.contains(REFERRAL));
        return json.replace(REFERRAL, referralId)
                .replace("\"programme\": \"COVECA\"", "\"programme\": \"" + programme + "\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
    }

    private long signalsOf(String referral) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Signal.count("sourceReferralId", UUID.fromString(referral)));
    }

    private void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.triage.decision", key, value)).get();
        }
    }
}
