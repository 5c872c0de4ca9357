package nl.zvh.intake.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Referrals built directly, for the plain unit tests of {@link Referral}'s state rules. */
final class Drafts {
    static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    static final Referrer POLICE = new Referrer("agent-1", "agent-1", "Piet Agent", "Politie Zeeland-West-Brabant",
            "JUSTICE");

    private Drafts() {
    }

    /** A draft with a main person and one system member, everything filled in. */
    static Referral draft() {
        return Referral.draft(UUID.randomUUID(), "zvh-markiezaten", POLICE, content("Escalating violence"), CREATED);
    }

    static DraftReferral content(String question) {
        return new DraftReferral(
                new DraftReferral.Person(" Jan ", "van der", "Berg ", LocalDate.of(1984, 3, 12), "111222333",
                        Gender.MALE, "Roosendaal", "Markt 1"),
                List.of(new DraftReferral.Member(Relation.PARTNER, "Fatima", " ", "El Amrani", LocalDate.of(1986, 7, 1),
                        null, Gender.FEMALE)),
                "Roosendaal", Set.of("DOMESTIC_VIOLENCE"), question, "  ", Urgency.URGENT, PersonInformed.INFORMED,
                null, null);
    }

    static Referral submitted() {
        Referral referral = draft();
        referral.submit(CREATED.plusSeconds(60));
        return referral;
    }

    static Referral decided() {
        Referral referral = submitted();
        referral.decide(advice());
        return referral;
    }

    static Decision advice() {
        return new Decision(Instant.parse("2026-03-10T14:00:00Z"), "ADVICE", null, "Contact the local team.");
    }
}
