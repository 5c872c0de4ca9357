package nl.zvh.trafficking.inbound;

import static nl.zvh.trafficking.Actors.COORDINATOR;
import static nl.zvh.trafficking.Actors.get;
import static nl.zvh.trafficking.Actors.post;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.trafficking.signal.Signal;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: intake's PersonDataErased sample, sent through the real broker, erases the signal registered
 * from that referral; a signal whose coordinated approach is running is left alone.
 */
@QuarkusTest
class SignalFollowsErasureOfItsReferralTest {
    static final String REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @Test
    void signalIsErasedRunningApproachStays() throws Exception {
        String erasedReferral = UUID.randomUUID().toString();
        String runningReferral = UUID.randomUUID().toString();
        String erased = signalFrom(erasedReferral);
        String running = signalFrom(runningReferral);
        post(COORDINATOR, "/api/signals/" + running + "/outcome", Map.of("outcome", "COORDINATED_APPROACH"))
                .statusCode(200);

        Kafka.send("zvh.privacy.erasure.intake", runningReferral, erasure(runningReferral));
        String event = erasure(erasedReferral);
        Kafka.send("zvh.privacy.erasure.intake", erasedReferral, event);
        Kafka.send("zvh.privacy.erasure.intake", erasedReferral, event);

        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> get(COORDINATOR, "/api/signals/" + erased).statusCode(404));
        get(COORDINATOR, "/api/signals/" + running).statusCode(200);
    }

    private String signalFrom(String referralId) throws Exception {
        String decided = Files.readString(Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"))
                .replace(REFERRAL, referralId).replace("\"programme\": \"COVECA\"", "\"programme\": \"TRAFFICKING\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
        Kafka.send("zvh.triage.decision", referralId, decided);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Signal.count("sourceReferralId", UUID.fromString(referralId))) == 1);
        return QuarkusTransaction.requiringNew().call(
                () -> Signal.<Signal>find("sourceReferralId", UUID.fromString(referralId)).firstResult().id.toString());
    }

    static String erasure(String referralId) throws Exception {
        String json = Files
                .readString(Path.of("../platform-commons/src/main/asyncapi/samples/PersonDataErased-v1-referral.json"));
        assertTrue(json.contains(REFERRAL));
        return json.replace(REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
