package nl.zvh.intake.person;

import java.util.Optional;
import nl.zvh.platform.person.PersonIdentity;

/**
 * Decides whether two registrations may be the same person. BSN equal: certain (score 1.0). Both BSNs known and
 * different: not the same person. Otherwise the date of birth must be equal and the Dutch-normalised names close:
 * surname core (prefixes stripped) weighs 0.6, first name 0.4, each 1.0 when equal, at least 0.95 when they sound
 * alike (phonetic key), else Jaro-Winkler. A name match never scores 1.0: only a BSN is certain.
 */
public final class PersonMatcher {
    /** At or above this score a name-and-date-of-birth match is flagged for triage. */
    public static final double THRESHOLD = 0.88;

    static final double BEST_NAME_SCORE = 0.99;

    /** Why two registrations may be one person. */
    public enum Reason {
        BSN, NAME_AND_DATE_OF_BIRTH
    }

    /** A possible match with its score (0..1, three decimals). */
    public record Match(double score, Reason reason) {
    }

    private PersonMatcher() {
    }

    public static Optional<Match> match(PersonIdentity a, PersonIdentity b) {
        boolean bothBsn = notBlank(a.bsn()) && notBlank(b.bsn());
        if (bothBsn) {
            return a.bsn().strip().equals(b.bsn().strip()) ? Optional.of(new Match(1.0, Reason.BSN)) : Optional.empty();
        }
        if (a.dateOfBirth() == null || !a.dateOfBirth().equals(b.dateOfBirth())) {
            return Optional.empty();
        }
        double score = nameScore(a, b);
        return score >= THRESHOLD ? Optional.of(new Match(score, Reason.NAME_AND_DATE_OF_BIRTH)) : Optional.empty();
    }

    /** Similarity of the two names only (0..0.99). */
    public static double nameScore(PersonIdentity a, PersonIdentity b) {
        double surname = similarity(DutchNames.surnameCore(a.surnamePrefix(), a.lastName()),
                DutchNames.surnameCore(b.surnamePrefix(), b.lastName()));
        String firstA = DutchNames.firstNameCore(a.firstName());
        String firstB = DutchNames.firstNameCore(b.firstName());
        double first = initialOf(firstA, firstB) || initialOf(firstB, firstA) ? 0.9 : similarity(firstA, firstB);
        double score = Math.min(BEST_NAME_SCORE, 0.6 * surname + 0.4 * first);
        return Math.round(score * 1000) / 1000.0;
    }

    private static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        double jw = JaroWinkler.similarity(a, b);
        return DutchNames.phoneticKey(a).equals(DutchNames.phoneticKey(b)) ? Math.max(0.95, jw) : jw;
    }

    private static boolean initialOf(String initial, String name) {
        return initial.length() == 1 && name.length() > 1 && name.charAt(0) == initial.charAt(0);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
