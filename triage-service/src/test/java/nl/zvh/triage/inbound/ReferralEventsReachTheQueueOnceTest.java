package nl.zvh.triage.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Consumer contract: intake-service's own samples of ReferralSubmitted and ReferralWithdrawn, sent through the real
 * broker, reach the queue exactly once; an event type triage does not handle is passed over without a database record.
 */
@QuarkusTest
class ReferralEventsReachTheQueueOnceTest {
    static final Path SAMPLES = Path.of("../intake-service/src/main/asyncapi/samples");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A triage member of markiezaten, who sees the house's queue. */
    static final String MEMBER = TestTokens.token("politie-triage", "Politie Zeeland-West-Brabant", "markiezaten",
            "triage-member");

    private final String member = MEMBER;

    @Test
    void redeliveredReferralSubmittedIsQueuedOnceAndWithdrawalTakesItOff() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String submitted = sample("ReferralSubmitted-v1.json", referralId);
        send(referralId, submitted);
        send(referralId, submitted); // redelivery of the same event id

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().statusCode(200).body("referralId", hasItem(referralId)));
        List<String> ids = given().auth().oauth2(member).when().get("/api/triage/queue").then().extract().jsonPath()
                .getList("referralId");
        assertEquals(1, ids.stream().filter(referralId::equals).count(), "queued exactly once");
        given().auth().oauth2(member).when().get("/api/triage/queue").then()
                .body("find { it.referralId == '" + referralId + "' }.mainPersonName", equalTo("Jan van der Berg"))
                .body("find { it.referralId == '" + referralId + "' }.systemMembers", equalTo(1));
        assertEquals(1L, consumedRows(eventId(submitted)), "one consumed-event row for two deliveries");

        send(referralId, sample("ReferralWithdrawn-v1.json", referralId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().statusCode(200).body("referralId", not(hasItem(referralId))));
    }

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() throws Exception {
        String referralId = UUID.randomUUID().toString();
        send(referralId, "{\"this is\": not an event");
        send(referralId, sample("ReferralSubmitted-v1.json", referralId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().statusCode(200).body("referralId", hasItem(referralId)));
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "dlq-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.intake.referral.dlq"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (referralId.equals(r.key()) && r.headers().lastHeader("dead-letter-reason") != null) {
                        return true;
                    }
                }
                return false;
            });
        }
    }

    @Test
    void anEventTypeTriageDoesNotHandleIsPassedWithoutARecordAndTheNextOneApplies() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String unhandled = sample("ReferralSubmitted-v1.json", referralId).replace("\"type\": \"ReferralSubmitted\"",
                "\"type\": \"ReferralAttachmentAdded\"");
        assertTrue(unhandled.contains("ReferralAttachmentAdded"));
        send(referralId, unhandled);
        send(referralId, sample("ReferralSubmitted-v1.json", referralId)); // same partition, after it
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().statusCode(200).body("referralId", hasItem(referralId)));
        assertEquals(0L, consumedRows(eventId(unhandled)), "nothing recorded for a type triage does not handle");
    }

    @Test
    void otherHouseAndReferrerCannotSeeTheQueue() throws Exception {
        String referralId = UUID.randomUUID().toString();
        send(referralId, sample("ReferralSubmitted-v1.json", referralId));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().body("referralId", hasItem(referralId)));
        String otherHouse = TestTokens.token("den-haag", "Politie Eenheid Den Haag", "haaglanden", "triage-member");
        given().auth().oauth2(otherHouse).when().get("/api/triage/queue").then().statusCode(200).body("referralId",
                not(hasItem(referralId)));
        String referrer = TestTokens.token("agent", "Politie Zeeland-West-Brabant", "markiezaten", "referrer");
        given().auth().oauth2(referrer).when().get("/api/triage/queue").then().statusCode(403);
        given().when().get("/api/triage/queue").then().statusCode(401);
    }

    static String sample(String file, String referralId) throws Exception {
        String json = Files.readString(SAMPLES.resolve(file));
        assertTrue(json.contains("0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81"));
        // a fresh referral and event id per test, the rest exactly as the producer documents it
        return json.replace("0b6f3e2a-8c1d-4f7e-a2b9-3c4d5e6f7a81", referralId)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + UUID.randomUUID() + "\"")
                .replace("9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", UUID.randomUUID().toString())
                .replace("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", UUID.randomUUID().toString());
    }

    private void send(String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("zvh.intake.referral", key, value)).get();
        }
    }

    static UUID eventId(String json) {
        var matcher = java.util.regex.Pattern.compile("\"id\": \"([0-9a-f-]+)\"").matcher(json);
        assertTrue(matcher.find());
        return UUID.fromString(matcher.group(1));
    }

    /** consumed_event rows of one event id: 1 once triage applied it. */
    static long consumedRows(UUID eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Panache.getEntityManager()
                        .createNativeQuery("select count(*) from consumed_event where event_id = ?1")
                        .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
