package nl.zvh.triage.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;

/**
 * TriageDecided, owned by triage-service, on topic {@value #TOPIC}; exactly the shape of
 * src/main/asyncapi/samples/TriageDecided-v1.json (programmes and intake consume it). Persons only when an approach
 * starts (the programme needs them).
 */
public record TriageDecided(UUID referralId, String house, UUID sessionId, LocalDate sessionDate, Instant decidedAt,
        Outcome outcome, Programme programme, Intensity intensity, SubApproach subApproach, String advice,
        String rationale, String municipality, String referrerOrganisation, List<String> problemAreas,
        List<Person> persons) {
    public static final String TOPIC = "zvh.triage.decision";
    /** Version 1, the only one. */
    public static final EventType<TriageDecided> V1 = EventType.of(TOPIC, "TriageDecided", 1, TriageDecided.class);

    /** A person as the programme needs it. */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn, String gender) {
        static Person of(TriagePerson p) {
            PersonIdentity who = p.identity();
            return new Person(p.personId(), p.role(), p.relation(), who.firstName(), who.surnamePrefix(),
                    who.lastName(), who.dateOfBirth(), who.bsn(), p.gender());
        }
    }

    static TriageDecided of(Decision d, TriageReferral r) {
        List<Person> persons = d.outcome == Outcome.APPROACH_STARTED
                ? r.persons().stream().map(Person::of).toList()
                : List.of();
        return new TriageDecided(r.referralId(), r.house(), d.sessionId, d.sessionDate, d.decidedAt, d.outcome,
                d.programme, d.intensity, d.subApproach, d.advice, d.rationale, r.municipality(),
                r.referrerOrganisation(), r.problemAreas(), persons);
    }
}
