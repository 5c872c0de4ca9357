package nl.zvh.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * One contract for every programme that triage can start, run by each programme service's tests against the real
 * broker with triage-service's own {@code TriageDecided} v1 sample: a decision for the programme starts it exactly
 * once (redelivered, or repeated under a second event id); a malformed decision and an unknown version go to the
 * dead-letter topic and start nothing, without blocking the decisions behind them; a decision for another programme
 * is ignored. A subclass is a {@code @QuarkusTest} naming its programme and how to count what a start created.
 */
public abstract class ProgrammeStartContract {
    static final Path SAMPLE = Path.of("../triage-service/src/main/asyncapi/samples/TriageDecided-v1.json");
    static final String TOPIC = "zvh.triage.decision";
    static final String DEAD_LETTERS = TOPIC + ".dlq";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Triage's programme code the service starts, e.g. {@code COVECA}. */
    protected abstract String programme();

    /** How many records (cases, tracks, candidates, ...) the service started for this referral. */
    protected abstract long startedFor(UUID referralId);

    @Test
    void aDecisionStartsTheProgrammeOnceAcrossRedeliveryAndASecondEventId() {
        UUID referral = UUID.randomUUID();
        String decided = decision(referral, programme());
        Kafka.send(TOPIC, referral.toString(), decided);
        Kafka.send(TOPIC, referral.toString(), decided);
        Kafka.send(TOPIC, referral.toString(), decision(referral, programme()));
        UUID marker = UUID.randomUUID();
        Kafka.send(TOPIC, referral.toString(), decision(marker, programme()));

        awaitStarted(marker);
        assertEquals(1, startedFor(referral), "one start for one referral");
    }

    @Test
    void aMalformedDecisionGoesToTheDeadLetterTopicAndStartsNothing() {
        UUID referral = UUID.randomUUID();
        ObjectNode noMainPerson = envelope(referral, programme());
        ArrayNode persons = (ArrayNode) noMainPerson.with("payload").get("persons");
        persons.forEach(p -> ((ObjectNode) p).put("role", "SYSTEM_MEMBER"));
        Kafka.send(TOPIC, referral.toString(), noMainPerson.toString());
        UUID behind = UUID.randomUUID();
        Kafka.send(TOPIC, referral.toString(), decision(behind, programme()));

        String dead = Kafka.await(DEAD_LETTERS, r -> r.value().contains(referral.toString()));
        assertTrue(dead.contains("\"TriageDecided\""), dead);
        awaitStarted(behind);
        assertEquals(0, startedFor(referral));
    }

    @Test
    void anUnknownVersionGoesToTheDeadLetterTopicAndStartsNothing() {
        UUID referral = UUID.randomUUID();
        ObjectNode v2 = envelope(referral, programme());
        v2.put("version", 2);
        Kafka.send(TOPIC, referral.toString(), v2.toString());
        UUID behind = UUID.randomUUID();
        Kafka.send(TOPIC, referral.toString(), decision(behind, programme()));

        Kafka.await(DEAD_LETTERS, r -> r.value().contains(referral.toString()));
        awaitStarted(behind);
        assertEquals(0, startedFor(referral));
    }

    @Test
    void aDecisionForAnotherProgrammeOrAnAdviceStartsNothing() {
        UUID other = UUID.randomUUID();
        Kafka.send(TOPIC, other.toString(), decision(other, "COVECA".equals(programme()) ? "LIFECOURSE" : "COVECA"));
        UUID advice = UUID.randomUUID();
        ObjectNode adviceOnly = envelope(advice, programme());
        adviceOnly.with("payload").put("outcome", "ADVICE");
        Kafka.send(TOPIC, other.toString(), adviceOnly.toString());
        UUID behind = UUID.randomUUID();
        Kafka.send(TOPIC, other.toString(), decision(behind, programme()));

        awaitStarted(behind);
        assertEquals(0, startedFor(other));
        assertEquals(0, startedFor(advice));
    }

    private void awaitStarted(UUID referral) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> startedFor(referral) == 1);
    }

    /** Triage's sample decision for {@code referral} starting {@code programme}, with a fresh event id. */
    protected static String decision(UUID referral, String programme) {
        return envelope(referral, programme).toString();
    }

    static ObjectNode envelope(UUID referral, String programme) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(Files.readString(SAMPLE));
            envelope.put("id", UUID.randomUUID().toString());
            envelope.put("aggregateId", referral.toString());
            ObjectNode payload = envelope.with("payload");
            payload.put("referralId", referral.toString());
            payload.put("programme", programme);
            for (var person : payload.withArray("persons")) {
                ((ObjectNode) person).put("personId", UUID.randomUUID().toString());
            }
            return envelope;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
