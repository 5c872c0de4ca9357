package nl.zvh.triage.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.PostgresTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A referral submitted while triage's database is away (restart, failover) is not lost: triage keeps trying the
 * event until the database is back, then queues it once; it never lands on the dead-letter topic, where nobody would
 * look for it. Before, the failed transaction sent the event to the dead-letter topic and the referral never reached
 * the table (CI: DatabaseRestartUnderLoadIT).
 */
@QuarkusTest
class ReferralSubmittedWhileTheDatabaseIsAwayIsQueuedWhenItIsBackTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    MeterRegistry metrics;

    @Inject
    AgroalDataSource dataSource;

    private final String member = ReferralEventsReachTheQueueOnceTest.MEMBER;

    @Test
    @SuppressWarnings("try") // the outage lasts as long as the block: the resource is its scope, not its content
    void referralSubmittedDuringAnOutageIsQueuedOnceWhenTheDatabaseIsBackAndNeverDeadLettered() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String submitted = ReferralEventsReachTheQueueOnceTest.sample("ReferralSubmitted-v1.json", referralId);
        double triesBefore = retries();

        try (var outage = PostgresTestResource.outage()) {
            Kafka.send("zvh.intake.referral", referralId, submitted);
            // the consumer met the database away, and keeps trying rather than giving the event up
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= triesBefore + 3);
        }
        dataSource.flush(AgroalDataSource.FlushMode.INVALID); // the outage's dead pooled connections, for later tests

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().auth().oauth2(member).when().get("/api/triage/queue").then()
                        .statusCode(200).body("referralId", hasItem(referralId)));
        List<String> queued = given().auth().oauth2(member).when().get("/api/triage/queue").then().extract().jsonPath()
                .getList("referralId");
        assertEquals(1, queued.stream().filter(referralId::equals).count(), "queued exactly once");
        assertEquals(1L, ReferralEventsReachTheQueueOnceTest
                .consumedRows(ReferralEventsReachTheQueueOnceTest.eventId(submitted)), "applied once");

        // A poison event with the same key after it: on the dead-letter topic (same key, same partition, in order) it
        // must be the first and only record of this referral.
        Kafka.send("zvh.intake.referral", referralId, "{\"not\": an event");
        List<ConsumerRecord<String, String>> deadLetters = deadLettersUntilPoison(referralId);
        assertEquals(1, deadLetters.size(), "only the poison event is dead-lettered, not the referral: " + deadLetters);
        assertTrue(deadLetters.get(0).value().startsWith("{\"not\""));
    }

    private double retries() {
        return metrics.counter("zvh.inbox.retries", "consumer", ReferralEventsConsumer.CONSUMER).count();
    }

    private List<ConsumerRecord<String, String>> deadLettersUntilPoison(String key) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "dlq-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.intake.referral.dlq"));
            List<ConsumerRecord<String, String>> ofKey = new java.util.ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (var r : consumer.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key())) {
                        ofKey.add(r);
                    }
                }
                return ofKey.stream().anyMatch(r -> r.value().startsWith("{\"not\""));
            });
            return ofKey;
        }
    }
}
