package nl.zvh.reintegration.escalation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Events reintegration-service owns, on topic {@value #TOPIC} (documented in src/main/asyncapi/asyncapi.yaml). They
 * carry what process direction needs to open or link a CoVeCa case for the person.
 */
public final class TrackEvents {
    public static final String TOPIC = "zvh.reintegration.track";
    public static final String ESCALATED = "ReintegrationEscalated";

    private TrackEvents() {
    }

    /** ReintegrationEscalated, version 1. */
    public record ReintegrationEscalatedV1(UUID escalationId, UUID trackId, String house, String municipality,
                                           String reason, String riskSummary, Instant escalatedAt, Person person) {
    }

    /** The person of the track. */
    public record Person(UUID personId, String firstName, String surnamePrefix, String lastName,
                         LocalDate dateOfBirth, String bsn) {
    }
}
