package nl.zvh.intake.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.intake.matching.PossibleMatch;
import nl.zvh.platform.event.EventType;
import nl.zvh.platform.person.PersonIdentity;

/**
 * Events intake-service owns, on topic {@value #TOPIC} (documented in src/main/asyncapi/asyncapi.yaml). They carry
 * what triage needs to put the referral on its agenda and run familiarity checks; no address, no free text beyond
 * the question. {@code possibleMatches} (optional, added compatibly to v1) lists persons already known in the house
 * who may be the same person; never merged, triage's chair confirms or rejects.
 */
public final class ReferralEvents {
    public static final String TOPIC = "zvh.intake.referral";
    public static final String SUBMITTED = "ReferralSubmitted";
    public static final String WITHDRAWN = "ReferralWithdrawn";
    public static final String IMPORTED = "ReferralImported";
    /** ReferralSubmitted v1: a referral for the triage table (sample: asyncapi/samples/ReferralSubmitted-v1.json). */
    public static final EventType<ReferralSubmittedV1> SUBMITTED_V1 = EventType.of(TOPIC, SUBMITTED, 1,
            ReferralSubmittedV1.class);
    /** ReferralWithdrawn v1: a submitted referral withdrawn before triage (sample: ReferralWithdrawn-v1.json). */
    public static final EventType<ReferralWithdrawnV1> WITHDRAWN_V1 = EventType.of(TOPIC, WITHDRAWN, 1,
            ReferralWithdrawnV1.class);

    /**
     * ReferralImported v1: a referral of the house's previous system, with its original dates and the table's outcome
     * then (sample: ReferralImported-v1.json); not for the triage queue, it was handled long ago.
     */
    public static final EventType<ReferralImportedV1> IMPORTED_V1 = EventType.of(TOPIC, IMPORTED, 1,
            ReferralImportedV1.class);

    private ReferralEvents() {
    }

    /** ReferralSubmitted, version 1. */
    public record ReferralSubmittedV1(UUID referralId, String house, String municipality, Instant submittedAt,
            Urgency urgency, String referrerOrganisation, String referrerDomain, Set<String> problemAreas,
            String question, Person mainPerson, List<Person> systemMembers, List<PossibleMatch> possibleMatches) {
    }

    /** A person as triage needs it (familiarity checks, same-person matching). */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
            String lastName, LocalDate dateOfBirth, String bsn, String gender) {
        static Person of(ReferralPerson p) {
            PersonIdentity who = p.identity();
            return new Person(p.id(), p.role().name(), p.relation() == null ? null : p.relation().name(),
                    who.firstName(), who.surnamePrefix(), who.lastName(), who.dateOfBirth(), who.bsn(),
                    p.gender() == null ? null : p.gender().name());
        }
    }

    /** ReferralWithdrawn, version 1. */
    public record ReferralWithdrawnV1(UUID referralId, String house, Instant withdrawnAt, String reason) {
    }

    /** ReferralImported, version 1: outcome APPROACH_STARTED/ADVICE/NO_ACTION with decidedAt, or withdrawnAt. */
    public record ReferralImportedV1(UUID referralId, String house, String importRef, String municipality,
            Instant submittedAt, Urgency urgency, String referrerOrganisation, String referrerDomain,
            Set<String> problemAreas, Person mainPerson, List<Person> systemMembers, String outcome, String programme,
            Instant decidedAt, Instant withdrawnAt) {
    }

    static ReferralImportedV1 imported(Referral r) {
        Decision d = r.decision();
        return new ReferralImportedV1(r.id(), r.house(), r.importRef(), r.municipality(), r.submittedAt(), r.urgency(),
                r.referrer().organisation(), r.referrer().domain(), Set.copyOf(r.problemAreas()),
                Person.of(r.mainPerson()), r.systemMembers().stream().map(Person::of).toList(),
                d == null ? null : d.outcome(), d == null ? null : d.programme(), d == null ? null : d.decidedAt(),
                r.withdrawnAt());
    }

    static ReferralSubmittedV1 submitted(Referral r, List<PossibleMatch> possibleMatches) {
        return new ReferralSubmittedV1(r.id(), r.house(), r.municipality(), r.submittedAt(), r.urgency(),
                r.referrer().organisation(), r.referrer().domain(), Set.copyOf(r.problemAreas()), r.question(),
                Person.of(r.mainPerson()), r.systemMembers().stream().map(Person::of).toList(),
                List.copyOf(possibleMatches));
    }

    static ReferralWithdrawnV1 withdrawn(Referral r) {
        return new ReferralWithdrawnV1(r.id(), r.house(), r.withdrawnAt(), r.withdrawnReason());
    }
}
