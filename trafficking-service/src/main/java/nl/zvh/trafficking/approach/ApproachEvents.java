package nl.zvh.trafficking.approach;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventType;
import nl.zvh.trafficking.signal.ExploitationType;

/**
 * Events trafficking-service owns, on topic {@value #TOPIC} (documented in src/main/asyncapi/asyncapi.yaml). They
 * carry ids, house, municipality, exploitation types and dates only: no names, no BSN, no free text.
 */
public final class ApproachEvents {
    public static final String TOPIC = "zvh.trafficking.approach";
    public static final String STARTED = "TraffickingApproachStarted";
    public static final String CLOSED = "TraffickingApproachClosed";
    /** TraffickingApproachStarted v1: publish through this descriptor. */
    public static final EventType<TraffickingApproachStartedV1> STARTED_V1 = EventType.of(TOPIC, STARTED, 1,
            TraffickingApproachStartedV1.class);
    /** TraffickingApproachClosed v1: publish through this descriptor. */
    public static final EventType<TraffickingApproachClosedV1> CLOSED_V1 = EventType.of(TOPIC, CLOSED, 1,
            TraffickingApproachClosedV1.class);

    private ApproachEvents() {
    }

    /** TraffickingApproachStarted, version 1. */
    public record TraffickingApproachStartedV1(UUID approachId, UUID signalId, String house, String municipality,
            List<ExploitationType> exploitationTypes, ExploitationType primaryExploitationType,
            LocalDate signalReceivedOn, LocalDate startedOn) {
    }

    /** TraffickingApproachClosed, version 1. */
    public record TraffickingApproachClosedV1(UUID approachId, UUID signalId, String house, String municipality,
            List<ExploitationType> exploitationTypes, ExploitationType primaryExploitationType, LocalDate startedOn,
            LocalDate closedOn) {
    }

    static TraffickingApproachStartedV1 started(Approach a) {
        return new TraffickingApproachStartedV1(a.id(), a.signal().id, a.house(), a.municipality(), types(a),
                a.signal().primaryExploitationType, a.signal().receivedOn, a.startedOn());
    }

    static TraffickingApproachClosedV1 closed(Approach a) {
        return new TraffickingApproachClosedV1(a.id(), a.signal().id, a.house(), a.municipality(), types(a),
                a.signal().primaryExploitationType, a.startedOn(), a.closedOn());
    }

    private static List<ExploitationType> types(Approach a) {
        return a.signal().exploitationTypes.stream().sorted().toList();
    }
}
