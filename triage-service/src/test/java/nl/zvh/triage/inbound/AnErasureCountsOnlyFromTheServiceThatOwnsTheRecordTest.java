package nl.zvh.triage.inbound;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.testing.Kafka;
import nl.zvh.platform.testing.TestTokens;
import nl.zvh.triage.IntakeSamples;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, attack 5: a forged {@code PersonDataErased} anonymised a live referral. Each service now publishes its
 * erasures on its own topic, which only its broker principal may write (the ACLs are tried on the stack's broker by
 * {@code KafkaRefusesStrangersAndKeepsServicesToTheirTopicsIT}), and a consumer takes the sender from the topic: intake's
 * erasure of a referral that arrives on CoVeCa's erasure topic (a service erasing what another owns) goes to the
 * dead-letter topic and the table keeps the referral, names and all.
 */
@QuarkusTest
class AnErasureCountsOnlyFromTheServiceThatOwnsTheRecordTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    private final String member = TestTokens.token("politie-triage-forged", "Politie Zeeland-West-Brabant",
            "markiezaten", "triage-member");

    @Test
    void anErasureOnAnotherServicesTopicErasesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        IntakeSamples.send(bootstrap, id, IntakeSamples.submitted(id, Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().auth().oauth2(member).when()
                .get("/api/triage/queue").then().body("referralId", hasItem(id)));

        String eventId = UUID.randomUUID().toString();
        String forged = Files
                .readString(Path.of("../platform-commons/src/main/asyncapi/samples/PersonDataErased-v1-referral.json"))
                .replace(IntakeSamples.SAMPLE_REFERRAL, id)
                .replaceFirst("\"id\": \"[0-9a-f-]+\"", "\"id\": \"" + eventId + "\"");
        assertTrue(forged.contains("\"source\": \"intake-service\""), "the sample names intake as its source");
        Kafka.send("zvh.privacy.erasure.coveca", id, forged);

        Kafka.await("zvh.privacy.erasure.dlq", r -> r.value().contains(eventId));
        given().auth().oauth2(member).when().get("/api/triage/queue").then().body("referralId", hasItem(id));
        long named = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from triage_person
                where referral_id = cast(?1 as uuid) and last_name is not null""").setParameter(1, id)
                .getSingleResult()).longValue());
        assertTrue(named > 0, "the referral's persons keep their names");
        long consumed = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from consumed_event where event_id = ?1")
                        .setParameter(1, UUID.fromString(eventId)).getSingleResult()).longValue());
        assertEquals(0, consumed, "the forged erasure is not recorded as applied");
    }
}
