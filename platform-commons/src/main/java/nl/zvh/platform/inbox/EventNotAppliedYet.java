package nl.zvh.platform.inbox;

import nl.zvh.platform.event.EventEnvelope;

/**
 * An event that could not be applied because of a passing failure and is given up for now (the service stops): it
 * must be delivered again later, never dead-lettered. {@link PoisonToDeadLetterTopic} leaves its offset uncommitted.
 */
public class EventNotAppliedYet extends RuntimeException {
    public EventNotAppliedYet(EventEnvelope envelope, String why, Throwable cause) {
        super(envelope.type() + " " + envelope.id() + " not applied yet: " + why, cause);
    }
}
