package nl.zvh.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import nl.zvh.platform.event.EventEnvelope;
import nl.zvh.platform.event.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The failure strategy's choice: an event that failed because of itself is dead-lettered; one that failed because
 * the database was away, or was given up when the service stopped mid-outage, is delivered again instead.
 */
class OnlyPoisonEventsGoToTheDeadLetterTopicTest {

    @Test
    void malformedEventsAndBugsAreDeadLettered() {
        assertFalse(PoisonToDeadLetterTopic.passing(new MalformedEventException("not an event envelope")));
        assertFalse(PoisonToDeadLetterTopic.passing(new IllegalArgumentException("unknown municipality")));
    }

    @Test
    void eventsGivenUpForAnOutageAreDeliveredAgain() {
        PSQLException refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertTrue(PoisonToDeadLetterTopic.passing(refused));
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "ReferralSubmitted", 1, Instant.now(),
                "markiezaten", "cid", "aggregate", null);
        assertTrue(
                PoisonToDeadLetterTopic.passing(new EventNotAppliedYet(envelope, "the service is stopping", refused)));
        assertTrue(PoisonToDeadLetterTopic
                .passing(new RuntimeException(new EventNotAppliedYet(envelope, "interrupted", null))));
    }
}
