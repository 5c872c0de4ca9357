package nl.zvh.intake.referral;

import static io.restassured.RestAssured.given;
import static nl.zvh.intake.TestInfrastructure.HOUSE;
import static nl.zvh.intake.TestInfrastructure.POLICE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferrerSubmitsReferralTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String police = TestTokens.token("agent-jansen", POLICE, HOUSE, "referrer");

    @Test
    void referralWithTwoSystemMembersIsStoredAndReferralSubmittedReachesKafka() {
        String correlationId = "test-" + UUID.randomUUID();
        String id = given().auth().oauth2(police).header("X-Correlation-Id", correlationId)
                .contentType(ContentType.JSON).body(ReferralRequests.valid()).when().post("/api/referrals").then()
                .statusCode(201).header("X-Correlation-Id", correlationId).body("status", equalTo("SUBMITTED"))
                .body("referrerOrganisation", equalTo(POLICE)).body("referrerDomain", equalTo("JUSTICE"))
                .body("house", equalTo(HOUSE)).body("systemMembers", hasSize(2))
                .body("mainPerson.surnamePrefix", equalTo("van der")).extract().path("id");

        given().auth().oauth2(police).when().get("/api/referrals/" + id).then().statusCode(200)
                .body("mainPerson.bsn", equalTo("111222333")).body("submittedAt", notNullValue());

        ConsumerRecord<String, String> event = awaitEvent(id);
        assertTrue(event.value().contains("\"type\":\"ReferralSubmitted\""), event.value());
        assertTrue(event.value().contains("\"correlationId\":\"" + correlationId + "\""), event.value());
        assertEquals("ReferralSubmitted", header(event, "zvh-event-type"));
        assertEquals(correlationId, header(event, "zvh-correlation-id"));
        assertEquals(HOUSE, header(event, "zvh-house"));

        Number audited = (Number) em.createNativeQuery(
                "select count(*) from audit_log where resource_id = ?1 and action = 'READ' and user_name = 'agent-jansen'")
                .setParameter(1, id).getSingleResult();
        assertEquals(3, audited.intValue(), "the read of each of the three persons is audited");
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a one-element holder the polling lambda can fill
    private ConsumerRecord<String, String> awaitEvent(String referralId) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", bootstrap, "group.id",
                "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(ReferralEvents.TOPIC));
            ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (referralId.equals(r.key())) {
                        found[0] = r;
                    }
                }
                return found[0] != null;
            });
            return found[0];
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
