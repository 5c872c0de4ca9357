package nl.zvh.reintegration.inbound;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.reintegration.track.Track;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: intake's PersonDataErased sample, sent through the real broker, erases the released track that
 * came from that referral; a running track (not released) is never erased by another service's clock.
 */
@QuarkusTest
class ReleasedTrackFollowsErasureOfItsReferralTest {
    static final String REFERRAL = "0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81";

    @Inject
    EntityManager em;

    @Test
    void releasedTrackIsErasedRunningTrackStays() throws Exception {
        String releasedReferral = UUID.randomUUID().toString();
        String runningReferral = UUID.randomUUID().toString();
        String released = trackFrom(releasedReferral);
        String running = trackFrom(runningReferral);
        // a track from triage learns its release from DJI; here the release is set directly
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update track set actual_release_date = current_date where id = cast(?1 as uuid)")
                .setParameter(1, released).executeUpdate());

        Kafka.send("zvh.privacy.erasure.intake", runningReferral, erasure(runningReferral));
        String event = erasure(releasedReferral);
        Kafka.send("zvh.privacy.erasure.intake", releasedReferral, event);
        Kafka.send("zvh.privacy.erasure.intake", releasedReferral, event);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(
                () -> given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + released).then().statusCode(404));
        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + running).then().statusCode(200);
    }

    private String trackFrom(String referralId) throws Exception {
        String decided = Files.readString(Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json"))
                .replace(REFERRAL, referralId).replace("\"programme\": \"COVECA\"", "\"programme\": \"REINTEGRATION\"")
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
        Kafka.send("zvh.triage.decision", referralId, decided);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Track.count("sourceReferralId", UUID.fromString(referralId))) == 1);
        return QuarkusTransaction.requiringNew().call(
                () -> Track.<Track>find("sourceReferralId", UUID.fromString(referralId)).firstResult().id().toString());
    }

    static String erasure(String referralId) throws Exception {
        String json = Files
                .readString(Path.of("../platform-commons/src/main/asyncapi/samples/PersonDataErased-v1-referral.json"));
        assertTrue(json.contains(REFERRAL));
        return json.replace(REFERRAL, referralId).replaceFirst("\"id\": \"[0-9a-f-]+\"",
                "\"id\": \"" + UUID.randomUUID() + "\"");
    }
}
