package nl.zvh.intake.tracing;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: the trace of the referrer's request goes with ReferralSubmitted. The outbox row keeps the traceparent of
 * the request's span and the relay sends it on as the Kafka header {@code traceparent} of a producer span in the same
 * trace, so triage's consumer continues it. A request without a traceparent starts a trace of its own.
 */
@QuarkusTest
class SubmittedReferralCarriesItsTraceThroughTheOutboxToKafkaTest {
    private static final String CALLERS_SPAN = "00f067aa0ba902b7";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-trace", POLICE, HOUSE, "referrer");

    @Test
    void theCallersTraceIsStoredWithTheEventAndSentAsItsKafkaHeader() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String referral = submit(given().header("traceparent", "00-" + traceId + "-" + CALLERS_SPAN + "-01"));

        String stored = storedTraceParent(referral);
        assertTrue(stored.startsWith("00-" + traceId + "-"), stored);
        assertNotEquals(CALLERS_SPAN, spanOf(stored), "the service's own span is the parent, not the caller's");
        String sent = await(referral);
        assertTrue(sent.startsWith("00-" + traceId + "-"), sent);
        assertNotEquals(spanOf(stored), spanOf(sent), "the relay's producer span is a child of the stored one");
        assertTrue(sent.endsWith("-01"), "sampled: " + sent);
    }

    @Test
    void aRequestWithoutTraceStartsItsOwn() {
        String referral = submit(given());
        String sent = await(referral);
        String traceId = sent.split("-")[1];
        assertEquals(32, traceId.length(), sent);
        assertNotEquals("0".repeat(32), traceId);
        assertTrue(storedTraceParent(referral).startsWith("00-" + traceId + "-"));
    }

    private String submit(RequestSpecification request) {
        Map<String, Object> body = Map.of("mainPerson",
                Map.of("firstName", "Traces", "lastName", "Volger", "dateOfBirth", "1980-02-03"), "systemMembers",
                List.of(), "municipality", "Roosendaal", "problemAreas", List.of("DEBTS"), "question", "Tracering",
                "urgency", "NORMAL", "personInformed", "INFORMED");
        return request.auth().oauth2(police).contentType(ContentType.JSON).body(body).when().post("/api/referrals")
                .then().statusCode(201).extract().path("id");
    }

    private String storedTraceParent(String referral) {
        Object value = em.createNativeQuery(
                "select trace_parent from outbox_message where aggregate_id = ?1 and event_type = 'ReferralSubmitted'")
                .setParameter(1, referral).getSingleResult();
        assertNotNull(value, "the outbox row keeps the trace");
        return value.toString();
    }

    private String await(String referral) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("zvh.intake.referral"));
            String[] header = new String[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    Header h = r.headers().lastHeader("traceparent");
                    if (referral.equals(r.key()) && r.value().contains("\"ReferralSubmitted\"") && h != null) {
                        header[0] = new String(h.value(), StandardCharsets.UTF_8);
                    }
                }
                return header[0] != null;
            });
            return header[0];
        }
    }

    private static String spanOf(String traceParent) {
        return traceParent.split("-")[2];
    }
}
