package nl.zvh.triage.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A referral on the triage queue as the table sees it. */
public record QueueItem(UUID referralId, String municipality, String urgency, Instant submittedAt,
                        String referrerOrganisation, String referrerDomain, List<String> problemAreas,
                        String question, String mainPersonName, LocalDate mainPersonDateOfBirth,
                        int systemMembers) {

    public static QueueItem of(TriageReferral r) {
        TriagePerson main = r.persons.stream().filter(p -> "MAIN".equals(p.role)).findFirst().orElseThrow();
        return new QueueItem(r.referralId, r.municipality, r.urgency, r.submittedAt, r.referrerOrganisation,
                r.referrerDomain, Arrays.asList(r.problemAreas.split(",")), r.question, main.fullName(),
                main.dateOfBirth, r.persons.size() - 1);
    }
}
