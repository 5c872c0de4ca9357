package nl.zvh.coveca.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.coveca.cases.SubApproach;
import nl.zvh.platform.event.EventType;

/**
 * Events between the houses about one handover, on coveca's own topic {@value #TOPIC} (documented in
 * src/main/asyncapi/asyncapi.yaml; key: the handover's id, so its request and answer stay in order). Only coveca-service
 * writes and reads it. CaseHandoverRequested carries the summary the sender chose, names and dates of birth included
 * (what the receiving house needs to decide and to open its case): the topic's retention is bounded like the other
 * topics with personal data (14 days).
 */
public final class HandoverEvents {
    public static final String TOPIC = "zvh.coveca.handover";
    public static final String REQUESTED = "CaseHandoverRequested";
    public static final String ACCEPTED = "CaseHandoverAccepted";
    public static final String DECLINED = "CaseHandoverDeclined";

    /** CaseHandoverRequested v1: a house asked another to take over one of its cases (envelope house: the sender). */
    public static final EventType<CaseHandoverRequestedV1> REQUESTED_V1 = EventType.of(TOPIC, REQUESTED, 1,
            CaseHandoverRequestedV1.class);
    /** CaseHandoverAccepted v1: the receiving house opened its case (envelope house: the receiver). */
    public static final EventType<CaseHandoverAcceptedV1> ACCEPTED_V1 = EventType.of(TOPIC, ACCEPTED, 1,
            CaseHandoverAcceptedV1.class);
    /** CaseHandoverDeclined v1: the receiving house declined with a reason (envelope house: the receiver). */
    public static final EventType<CaseHandoverDeclinedV1> DECLINED_V1 = EventType.of(TOPIC, DECLINED, 1,
            CaseHandoverDeclinedV1.class);

    private HandoverEvents() {
    }

    /** CaseHandoverRequested, version 1; lifeDomains and planGoals are empty when the sender left them out. */
    public record CaseHandoverRequestedV1(UUID handoverId, String sendingHouse, UUID sendingCaseId,
            String receivingHouse, String receivingMunicipality, Intensity intensity, SubApproach subApproach,
            LocalDate caseStartDate, String summary, List<Person> persons, List<String> lifeDomains,
            List<String> planGoals, String requestedByName, Instant requestedAt) {
    }

    /** A person in CaseHandoverRequested: platform person id, role, names, date of birth (never a BSN). */
    public record Person(UUID personId, String role, String relation, String gender, String firstName,
            String surnamePrefix, String lastName, LocalDate dateOfBirth) {
    }

    /** CaseHandoverAccepted, version 1. */
    public record CaseHandoverAcceptedV1(UUID handoverId, String sendingHouse, UUID sendingCaseId,
            String receivingHouse, String receivingMunicipality, LocalDate receivingStartDate, Instant acceptedAt) {
    }

    /** CaseHandoverDeclined, version 1. */
    public record CaseHandoverDeclinedV1(UUID handoverId, String sendingHouse, UUID sendingCaseId,
            String receivingHouse, String reason, Instant declinedAt) {
    }
}
