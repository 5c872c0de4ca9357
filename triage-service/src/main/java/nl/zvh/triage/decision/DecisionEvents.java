package nl.zvh.triage.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;

/**
 * TriageDecided, owned by triage-service, on topic {@value #TOPIC}; exactly the shape of
 * src/main/asyncapi/samples/TriageDecided-v1.json (programmes and intake consume it).
 */
public final class DecisionEvents {
    public static final String TOPIC = "zvh.triage.decision";
    public static final String DECIDED = "TriageDecided";

    private DecisionEvents() {
    }

    /** TriageDecided, version 1. Persons only when an approach starts (the programme needs them). */
    public record TriageDecidedV1(UUID referralId, String house, UUID sessionId, LocalDate sessionDate,
                                  Instant decidedAt, Outcome outcome, Programme programme, Intensity intensity,
                                  SubApproach subApproach, String advice, String rationale, String municipality,
                                  String referrerOrganisation, List<String> problemAreas, List<Person> persons) {
    }

    /** A person as the programme needs it. */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
                         String lastName, LocalDate dateOfBirth, String bsn, String gender) {
        static Person of(TriagePerson p) {
            return new Person(p.personId, p.role, p.relation, p.firstName, p.surnamePrefix, p.lastName,
                    p.dateOfBirth, p.bsn, p.gender);
        }
    }

    static TriageDecidedV1 decided(Decision d, TriageReferral r) {
        List<Person> persons = d.outcome == Outcome.APPROACH_STARTED
                ? r.persons.stream().map(Person::of).toList() : List.of();
        return new TriageDecidedV1(r.referralId, r.house, d.sessionId, d.sessionDate, d.decidedAt, d.outcome,
                d.programme, d.intensity, d.subApproach, d.advice, d.rationale, r.municipality,
                r.referrerOrganisation, Arrays.stream(r.problemAreas.split(",")).filter(s -> !s.isBlank()).toList(),
                persons);
    }
}
