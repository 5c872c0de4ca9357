package nl.zvh.reintegration.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.person.PersonIdentity;

/**
 * Events reintegration-service owns, on topic {@value #TOPIC} (documented in src/main/asyncapi/asyncapi.yaml). They
 * carry what process direction needs to open or link a CoVeCa case for the person.
 */
public final class TrackEvents {
    public static final String TOPIC = "zvh.reintegration.track";
    public static final String ESCALATED = "ReintegrationEscalated";
    /** ReintegrationEscalated v1: publish through this descriptor. */
    public static final EventType<ReintegrationEscalatedV1> ESCALATED_V1 = EventType.of(TOPIC, ESCALATED, 1,
            ReintegrationEscalatedV1.class);

    private TrackEvents() {
    }

    /** ReintegrationEscalated, version 1. */
    public record ReintegrationEscalatedV1(UUID escalationId, UUID trackId, String house, String municipality,
            String reason, String riskSummary, Instant escalatedAt, Person person) {
    }

    /** The person of the track. */
    public record Person(UUID personId, String firstName, String surnamePrefix, String lastName, LocalDate dateOfBirth,
            String bsn) {
        static Person of(PersonIdentity p) {
            return new Person(p.personId(), p.firstName(), p.surnamePrefix(), p.lastName(), p.dateOfBirth(), p.bsn());
        }
    }
}
