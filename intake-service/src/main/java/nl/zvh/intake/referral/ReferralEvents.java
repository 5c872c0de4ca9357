package nl.zvh.intake.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.zvh.intake.matching.PossibleMatch;

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

    private ReferralEvents() {
    }

    /** ReferralSubmitted, version 1. */
    public record ReferralSubmittedV1(UUID referralId, String house, String municipality, Instant submittedAt,
                                      Urgency urgency, String referrerOrganisation, String referrerDomain,
                                      Set<String> problemAreas, String question, Person mainPerson,
                                      List<Person> systemMembers, List<PossibleMatch> possibleMatches) {
    }

    /** A person as triage needs it (familiarity checks, same-person matching). */
    public record Person(UUID personId, String role, String relation, String firstName, String surnamePrefix,
                         String lastName, LocalDate dateOfBirth, String bsn, String gender) {
        static Person of(ReferralPerson p) {
            return new Person(p.id, p.role.name(), p.relation == null ? null : p.relation.name(), p.firstName,
                    p.surnamePrefix, p.lastName, p.dateOfBirth, p.bsn, p.gender == null ? null : p.gender.name());
        }
    }

    /** ReferralWithdrawn, version 1. */
    public record ReferralWithdrawnV1(UUID referralId, String house, Instant withdrawnAt, String reason) {
    }

    static ReferralSubmittedV1 submitted(Referral r, List<PossibleMatch> possibleMatches) {
        return new ReferralSubmittedV1(r.id, r.house, r.municipality, r.submittedAt, r.urgency,
                r.referrerOrganisation, r.referrerDomain, Set.copyOf(r.problemAreas), r.question,
                Person.of(r.mainPerson()), r.systemMembers().stream().map(Person::of).toList(),
                List.copyOf(possibleMatches));
    }
}
