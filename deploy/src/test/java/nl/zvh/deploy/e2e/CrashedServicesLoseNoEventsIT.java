package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 in the middle of the flow loses nothing and applies nothing twice:
 * a producer that dies between commit and publish leaves its events in the outbox, where a replica relays them;
 * a consumer that dies mid-batch leaves its partitions to the remaining replica, which skips what was applied.
 */
@ExtendWith(LocalStack.class)
class CrashedServicesLoseNoEventsIT {

    @Test
    void producerKilledBetweenCommitAndPublishIsRelayedByAReplica() throws Exception {
        String token = Keycloak.userToken("politie-referrer");
        List<String> ids = new ArrayList<>();
        // a replica whose relay never runs: every event it commits stays unpublished, as after a crash right after
        // the commit
        try (SecondInstance crashing = SecondInstance.start("intake-service", "intake", 8088,
                Map.of("ZVH_OUTBOX_RELAY_ENABLED", "false"))) {
            for (int i = 0; i < 10; i++) {
                ids.add(given().baseUri(crashing.baseUrl).auth().oauth2(token).contentType(ContentType.JSON)
                        .body(ReferralReachesTriageQueueThroughGatewayIT.referral()).when().post("/api/referrals")
                        .then().statusCode(201).extract().path("id"));
            }
            crashing.kill();
        }
        String chair = Keycloak.userToken("politie-triage-chair");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> queued = given().baseUri(LocalStack.GATEWAY).auth().oauth2(chair).when()
                    .get("/triage/api/triage/queue").then().statusCode(200).extract().jsonPath().getList("referralId");
            assertTrue(queued.containsAll(ids), "all referrals of the killed replica reach triage");
        });
        for (String id : ids) {
            assertEquals(1, Database.count("triage", "select count(*) from triage_referral where referral_id = ?",
                    UUID.fromString(id)));
        }
    }

    @Test
    void consumerKilledMidBatchAppliesEveryEventExactlyOnce() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("zvh.repo", ".."),
                "intake-service/src/main/asyncapi/samples/ReferralSubmitted-v1.json"));
        List<String> ids = new ArrayList<>();
        List<UUID> eventIds = new ArrayList<>();
        // a short session timeout lets the group hand the killed replica's partitions over within seconds
        try (SecondInstance replica = SecondInstance.startWith("triage-service", "triage", 8089,
                Map.of("mp.messaging.incoming.referral-events.session.timeout.ms", "8000"))) {
            try (var producer = new KafkaProducer<String, String>(LocalStack.kafka(Map.of("linger.ms", "5")),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 300; i++) {
                    String referralId = UUID.randomUUID().toString();
                    UUID eventId = UUID.randomUUID();
                    ids.add(referralId);
                    eventIds.add(eventId);
                    String event = sample.replace("0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81", referralId)
                            .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + eventId + "\"")
                            .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                            .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
                    producer.send(new ProducerRecord<>("zvh.intake.referral", referralId, event));
                }
                producer.flush();
            }
            Thread.sleep(700); // both replicas are now applying the batch
            replica.kill();
        }
        String placeholders = String.join(",", ids.stream().map(i -> "?").toList());
        Object[] uuids = ids.stream().map(UUID::fromString).toArray();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Database.count("triage",
                "select count(*) from triage_referral where referral_id in (" + placeholders + ")", uuids) == 300);
        assertEquals(300, Database.count("triage", "select count(distinct referral_id) from triage_referral"
                + " where referral_id in (" + placeholders + ")", uuids));
        assertEquals(
                300, Database
                        .count("triage",
                                "select count(*) from consumed_event where consumer = 'triage-queue'"
                                        + " and event_id in (" + placeholders + ")",
                                eventIds.toArray()),
                "each event applied once");
        assertEquals(0,
                Database.count("triage",
                        "select count(*) from triage_referral r where referral_id in (" + placeholders
                                + ") and (select count(*) from triage_person p where p.referral_id = r.referral_id"
                                + " and p.role = 'MAIN') <> 1",
                        uuids),
                "every referral has exactly one main person");
    }
}
