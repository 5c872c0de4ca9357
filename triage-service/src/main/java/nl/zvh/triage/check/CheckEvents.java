package nl.zvh.triage.check;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.triage.queue.TriagePerson;

/** FamiliarityCheckRequested, owned by triage-service, on topic {@value #TOPIC}. */
public final class CheckEvents {
    public static final String TOPIC = "zvh.triage.familiarity-check";
    public static final String REQUESTED = "FamiliarityCheckRequested";

    private CheckEvents() {
    }

    /** FamiliarityCheckRequested, version 1: what the partner needs to look the persons up in its systems. */
    public record FamiliarityCheckRequestedV1(UUID checkId, UUID referralId, String house, String organisation,
                                              LocalDate deadline, LocalDate sessionDate, List<Person> persons) {
    }

    /** A person to look up. */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
                         String lastName, LocalDate dateOfBirth, String bsn) {
        static Person of(TriagePerson p) {
            return new Person(p.personId, p.role, p.relation, p.firstName, p.surnamePrefix, p.lastName,
                    p.dateOfBirth, p.bsn);
        }
    }

    static FamiliarityCheckRequestedV1 requested(FamiliarityCheck c) {
        return new FamiliarityCheckRequestedV1(c.checkId, c.referral.referralId, c.house, c.organisation, c.deadline,
                c.session.sessionDate, c.referral.persons.stream().map(Person::of).toList());
    }
}
