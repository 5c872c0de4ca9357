package nl.zvh.reintegration.inbound;

import static io.restassured.RestAssured.given;
import static nl.zvh.reintegration.Actors.COORDINATOR;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.reintegration.track.Track;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract on the real broker: intake-service's own MunicipalityChanged sample. A new municipality is one
 * the house serves (a triage decision for it opens a track) and is in the track list's filter without a restart;
 * its rename (a higher version) renames it in the filter and on the track; the same event again or an older version
 * arriving late changes nothing.
 */
@QuarkusTest
class IntakesMunicipalityRenameReachesTheTrackListTest {
    static final Path SAMPLE = Path.of("../intake-service/src/main/asyncapi/samples/MunicipalityChanged-v1.json");
    static final String SAMPLE_ID = "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f";

    @Test
    void aNewMunicipalityOpensTracksAndItsRenameReachesTheListWithoutRestart() throws Exception {
        String id = UUID.randomUUID().toString();
        String name = "Wouw-" + id.substring(0, 6);
        send(id, municipality(id, name, 1));
        awaitFilter(name, true);

        String referral = UUID.randomUUID().toString();
        Kafka.send("zvh.triage.decision", referral,
                TriageDecisionForReintegrationOpensTrackOnceTest.sample(referral, "REINTEGRATION")
                        .replace("\"municipality\": \"Roosendaal\"", "\"municipality\": \"" + name + "\""));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Track.count("sourceReferralId", UUID.fromString(referral))) == 1);

        String renamed = name + "-Oost";
        String rename = municipality(id, renamed, 2);
        send(id, rename);
        send(id, rename);
        send(id, municipality(id, "Te laat-" + id.substring(0, 6), 1));
        awaitFilter(renamed, true);
        Thread.sleep(1000); // the redelivery and the late older version get their chance to misbehave
        given().auth().oauth2(COORDINATOR).when().get("/ui/tracks").then().statusCode(200)
                .body(not(containsString(">" + name + "<"))).body(not(containsString("Te laat-")));
        String track = QuarkusTransaction.requiringNew().call(
                () -> Track.<Track>find("sourceReferralId", UUID.fromString(referral)).firstResult().id().toString());
        given().auth().oauth2(COORDINATOR).when().get("/api/tracks/" + track).then().statusCode(200)
                .body("municipality", equalTo(renamed));
    }

    private static void awaitFilter(String name, boolean listed) {
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(COORDINATOR).when().get("/ui/tracks").then().statusCode(200)
                        .extract().body().asString().contains(">" + name + "<") == listed);
    }

    /** intake's sample for another municipality id, name and version, with an event id of its own. */
    static String municipality(String id, String name, int version) throws Exception {
        return Files.readString(SAMPLE).replace(SAMPLE_ID, id)
                .replace("\"municipality\": \"Roosendaal\"", "\"municipality\": \"" + name + "\"")
                .replace("\"version\": 3", "\"version\": " + version)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"");
    }

    private static void send(String key, String json) {
        Kafka.send(IntakeReferenceData.TOPIC, key, json);
    }
}
