package nl.zvh.triage.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A national familiarity check as the asking house's chair reads it: per person of the referral the other houses
 * that know the person, since when, on which identifiers, and whom to call there. Nothing of the other house's file.
 */
public record NationalCheckView(UUID checkId, UUID referralId, Instant askedAt, List<PersonAnswer> persons) {

    /** One person of the referral; {@code knownAt} empty: not known at any other house. */
    public record PersonAnswer(UUID personId, String name, List<KnownAt> knownAt) {
    }

    /** Known at {@code houseName} since {@code since}. */
    public record KnownAt(String house, String houseName, LocalDate since, NationalIndex.MatchedOn matchedOn,
            String contact) {
    }

    /** Whether any person of the referral is known at another house. */
    public boolean anyKnown() {
        return persons.stream().anyMatch(p -> !p.knownAt().isEmpty());
    }
}
