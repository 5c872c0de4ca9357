package nl.zvh.intake.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A line in a referral list. */
public record ReferralSummary(UUID id, ReferralStatus status, String municipality, String mainPersonName,
        String referrerOrganisation, Urgency urgency, Instant submittedAt, LocalDate agendaDate, String outcome,
        String outcomeProgramme) {

    static ReferralSummary of(Referral r) {
        Decision d = r.decision() == null ? null : r.decision().toldToReferrer();
        return new ReferralSummary(r.id(), r.status(), r.municipality(), r.mainPerson().fullName(),
                r.referrer().organisation(), r.urgency(), r.submittedAt(), r.agendaDate(),
                d == null ? null : d.outcome(), d == null ? null : d.programme());
    }
}
