package nl.zvh.deploy.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two replicas of intake-service share one database: both relays compete for the same outbox rows while referrals
 * pour into both. Every event must reach Kafka exactly once, and no referral may be missing.
 */
@ExtendWith(LocalStack.class)
class TwoIntakeReplicasPublishEachEventOnceIT {
    static final int PER_REPLICA = 60;

    @Test
    void eachOutboxEventIsPublishedExactlyOnce() throws Exception {
        String token = Keycloak.userToken("politie-referrer");
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        try (SecondInstance second = SecondInstance.start("intake-service", "intake", 8087)) {
            String first = "http://127.0.0.1:" + (8081 + LocalStack.PORT_OFFSET);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (String replica : List.of(first, second.baseUrl, first, second.baseUrl)) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < PER_REPLICA / 2; i++) {
                        ids.add(given().baseUri(replica).auth().oauth2(token).contentType(ContentType.JSON)
                                .body(ReferralReachesTriageQueueThroughGatewayIT.referral()).when()
                                .post("/api/referrals").then().statusCode(201).extract().path("id"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        }
        assertEquals(2 * PER_REPLICA, ids.size());

        Map<String, Integer> perEvent = new HashMap<>();
        Set<String> referralsSeen = new HashSet<>();
        Set<String> wanted = new HashSet<>(ids);
        try (var consumer = new KafkaConsumer<String, String>(
                LocalStack.kafka(Map.of("group.id", "replicas-" + UUID.randomUUID(), "auto.offset.reset", "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.intake.referral"));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.contains(r.key())) {
                        referralsSeen.add(r.key());
                        String eventId = new String(r.headers().lastHeader("zvh-event-id").value(),
                                StandardCharsets.UTF_8);
                        perEvent.merge(eventId, 1, Integer::sum);
                    }
                }
                return referralsSeen.size() == wanted.size();
            });
            // drain a little longer: a duplicate would arrive right behind
            for (int i = 0; i < 6; i++) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.contains(r.key())) {
                        perEvent.merge(
                                new String(r.headers().lastHeader("zvh-event-id").value(), StandardCharsets.UTF_8), 1,
                                Integer::sum);
                    }
                }
            }
        }
        assertEquals(wanted.size(), perEvent.size(), "one ReferralSubmitted per referral");
        assertTrue(perEvent.values().stream().allMatch(n -> n == 1), "no event published twice: " + perEvent);
        System.out.printf("[replicas] %d referrals through two intake replicas, %d events, each exactly once%n",
                ids.size(), perEvent.size());
    }
}
