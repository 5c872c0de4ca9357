package nl.zvh.triage.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A referral on the triage queue as the table sees it. */
public record QueueItem(UUID referralId, String municipality, String urgency, Instant submittedAt,
        String referrerOrganisation, String referrerDomain, List<String> problemAreas, String question,
        String mainPersonName, LocalDate mainPersonDateOfBirth, int systemMembers) {

    public static QueueItem of(TriageReferral r) {
        TriagePerson main = r.mainPerson().orElseThrow();
        return new QueueItem(r.referralId(), r.municipality(), r.urgency(), r.submittedAt(), r.referrerOrganisation(),
                r.referrerDomain(), r.problemAreas(), r.question(), main.fullName(), main.identity().dateOfBirth(),
                r.persons().size() - 1);
    }
}
