package nl.zvh.triage.check;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.person.PersonIdentity;
import nl.zvh.triage.queue.TriagePerson;

/**
 * FamiliarityCheckRequested, owned by triage-service, on topic {@value #TOPIC}: what the partner needs to look the
 * persons up in its systems (src/main/asyncapi/samples/FamiliarityCheckRequested-v1.json).
 */
public record FamiliarityCheckRequested(UUID checkId, UUID referralId, String house, String organisation,
        LocalDate deadline, LocalDate sessionDate, List<Person> persons) {
    public static final String TOPIC = "zvh.triage.familiarity-check";
    /** Version 1, the only one. */
    public static final EventType<FamiliarityCheckRequested> V1 = EventType.of(TOPIC, "FamiliarityCheckRequested", 1,
            FamiliarityCheckRequested.class);

    /** A person to look up. */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn) {
        static Person of(TriagePerson p) {
            PersonIdentity who = p.identity();
            return new Person(p.personId(), p.role(), p.relation(), who.firstName(), who.surnamePrefix(),
                    who.lastName(), who.dateOfBirth(), who.bsn());
        }

        /** The persons of the check's referral, the main person first. */
        static List<Person> of(FamiliarityCheck c) {
            return c.referral.persons().stream().map(Person::of).toList();
        }
    }

    static FamiliarityCheckRequested of(FamiliarityCheck c) {
        return new FamiliarityCheckRequested(c.checkId, c.referral.referralId(), c.house, c.organisation, c.deadline,
                c.session.sessionDate, Person.of(c));
    }
}
