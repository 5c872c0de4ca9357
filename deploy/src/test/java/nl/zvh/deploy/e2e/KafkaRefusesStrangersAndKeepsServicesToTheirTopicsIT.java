package nl.zvh.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker of the stack is secured as issue 23 asks (TLS, SASL SCRAM, one principal per service, deny by default),
 * tried as an attacker on the machine would: a client without credentials learns nothing (not even the topic names),
 * a wrong password is refused, and a service's own credentials neither forge another service's events (intake
 * writing a triage decision, a CTER hand-over, or an erasure of triage's or CoVeCa's records: each service erases only
 * on its own topic {@code zvh.privacy.erasure.<service>}, and consumers take the sender from the topic) nor read a topic it does not consume (intake reading the CTER team's
 * topic). The rest of the system tests run on the same broker with the services' own principals.
 */
@ExtendWith(LocalStack.class)
class KafkaRefusesStrangersAndKeepsServicesToTheirTopicsIT {

    @Test
    void aClientWithoutCredentialsLearnsNothing() {
        // only the address: no TLS, no SASL (what any process on the machine could try)
        Map<String, Object> bare = Map.of("bootstrap.servers", LocalStack.KAFKA, "request.timeout.ms", 3000,
                "default.api.timeout.ms", 6000);
        try (Admin stranger = Admin.create(bare)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> stranger.listTopics().names().get());
            assertFalse(refused.getCause().getMessage().contains("zvh."), refused.getCause().getMessage());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> settings = LocalStack
                .kafka(Map.of("request.timeout.ms", 5000, "default.api.timeout.ms", 10_000));
        settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"intake-service\" password=\"guessed\";");
        try (Admin guesser = Admin.create(settings)) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> guesser.listTopics().names().get());
            assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        }
    }

    @Test
    void aServiceCannotForgeAnotherServicesEvents() {
        try (var intake = new KafkaProducer<String, String>(
                LocalStack.kafkaAs("intake-service",
                        Map.of("max.block.ms", 10_000, "delivery.timeout.ms", 15_000, "request.timeout.ms", 5000)),
                new StringSerializer(), new StringSerializer())) {
            for (String topic : List.of("zvh.triage.decision", "zvh.lifecourse.cter", "zvh.privacy.erasure.triage",
                    "zvh.privacy.erasure.coveca")) {
                ExecutionException refused = assertThrows(ExecutionException.class,
                        () -> intake.send(new ProducerRecord<>(topic, "forged", "{\"type\":\"forged\"}")).get());
                assertInstanceOf(TopicAuthorizationException.class, refused.getCause(), topic);
            }
        }
    }

    @Test
    void aServiceCannotReadWhatItDoesNotConsume() {
        try (var intake = new KafkaConsumer<String, String>(
                LocalStack.kafkaAs("intake-service",
                        Map.of("group.id", "intake-service-it-" + UUID.randomUUID(), "auto.offset.reset", "earliest")),
                new StringDeserializer(), new StringDeserializer())) {
            intake.subscribe(List.of("zvh.lifecourse.cter"));
            TopicAuthorizationException refused = assertThrows(TopicAuthorizationException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    intake.poll(Duration.ofMillis(500));
                }
            });
            assertTrue(refused.unauthorizedTopics().equals(Set.of("zvh.lifecourse.cter")), refused.getMessage());
        }
    }
}
