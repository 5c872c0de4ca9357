package nl.zvh.triage.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.platform.person.PersonIdentity;

/** Referrals as intake submits them, built directly for the plain tests of the referral's state rules. */
final class SubmittedReferrals {
    static final Instant SUBMITTED = Instant.parse("2026-11-23T09:15:00Z");
    static final Instant RECEIVED = Instant.parse("2026-11-23T09:15:02Z");

    private SubmittedReferrals() {
    }

    /** Jan van der Berg (main person) and his partner Fatima El Amrani, waiting for the table. */
    static TriageReferral waiting() {
        return TriageReferral.received(
                new TriageReferral.Submission(UUID.randomUUID(), "markiezaten", "Roosendaal", "URGENT", SUBMITTED,
                        "Politie Zeeland-West-Brabant", "POLICE", Set.of("DOMESTIC_VIOLENCE"),
                        "Escalating violence at home."),
                List.of(new TriageReferral.SubmittedPerson(new PersonIdentity(UUID.randomUUID(), "Jan", "van der",
                        "Berg", LocalDate.of(1984, 3, 12), "111222333"), "MAIN", null, "MALE"),
                        new TriageReferral.SubmittedPerson(new PersonIdentity(UUID.randomUUID(), "Fatima", null,
                                "El Amrani", LocalDate.of(1986, 7, 1), null), "SYSTEM_MEMBER", "PARTNER", null)),
                RECEIVED);
    }

    static TriageReferral decided() {
        TriageReferral referral = waiting();
        referral.decide();
        return referral;
    }

    static TriageReferral withdrawn() {
        TriageReferral referral = waiting();
        referral.withdraw(RECEIVED.plusSeconds(3600));
        return referral;
    }
}
