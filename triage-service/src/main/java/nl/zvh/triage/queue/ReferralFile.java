package nl.zvh.triage.queue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A referral as its file shows it: the summary and every person of it (the main person first, then the family). */
public record ReferralFile(QueueItem referral, List<Person> persons) {

    /** One person of the referral as the table reads it; role and relation are intake's codes. */
    public record Person(UUID personId, String name, LocalDate dateOfBirth, String bsn, String role, String relation) {
        static Person of(TriagePerson p) {
            return new Person(p.personId(), p.fullName(), p.identity().dateOfBirth(), p.identity().bsn(), p.role(),
                    p.relation());
        }
    }

    static ReferralFile of(TriageReferral r) {
        return new ReferralFile(QueueItem.of(r), r.persons().stream().map(Person::of).toList());
    }
}
