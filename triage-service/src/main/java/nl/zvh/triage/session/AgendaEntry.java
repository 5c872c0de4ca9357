package nl.zvh.triage.session;

import java.time.Instant;
import java.util.UUID;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.queue.TriageReferral;

/** A referral on a session's agenda as the table sees it. */
public record AgendaEntry(UUID referralId, String municipality, String urgency, String mainPersonName,
        Instant submittedAt, String referrerOrganisation, String status, Instant scheduledAt, String scheduledBy,
        String reason) {

    static AgendaEntry of(AgendaItem item, TriageReferral r) {
        String main = r.mainPerson().map(TriagePerson::fullName).orElse(null);
        return new AgendaEntry(r.referralId(), r.municipality(), r.urgency(), main, r.submittedAt(),
                r.referrerOrganisation(), r.status().name(), item.scheduledAt, item.scheduledBy, item.reason);
    }
}
