package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.testing.KafkaTestResource;
import nl.zvh.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Kafka is stopped while referrals are submitted: none is lost, all arrive once the broker is back. */
@QuarkusTest
class ReferralsSubmittedWhileKafkaIsDownAreDeliveredLaterTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void noReferralIsLostWhenTheBrokerIsDown() {
        String police = TestTokens.token("agent-outage", POLICE, HOUSE, "referrer");
        List<String> submitted = new ArrayList<>();
        KafkaTestResource.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                submitted.add(given().auth().oauth2(police).contentType(ContentType.JSON).body(ReferralRequests.valid())
                        .when().post("/api/referrals").then().statusCode(201).extract().path("id"));
            }
            assertTrue(pending(submitted) > 0, "while Kafka is down the events wait in the outbox");
        } finally {
            KafkaTestResource.restartBroker();
        }

        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> pending(submitted) == 0);
        Set<String> seen = new HashSet<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "outage-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(ReferralEvents.TOPIC));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> seen.add(r.key()));
                return seen.containsAll(submitted);
            });
        }
        assertEquals(5, submitted.stream().filter(seen::contains).count());
    }

    private long pending(List<String> ids) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from outbox_message where published_at is null and aggregate_id in (?1)")
                        .setParameter(1, ids).getSingleResult()).longValue());
    }
}
