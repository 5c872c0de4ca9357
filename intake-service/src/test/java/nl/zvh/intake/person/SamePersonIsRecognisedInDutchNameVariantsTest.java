package nl.zvh.intake.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import nl.zvh.intake.person.PersonMatcher.Match;
import nl.zvh.intake.person.PersonMatcher.Reason;
import nl.zvh.platform.person.PersonIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamePersonIsRecognisedInDutchNameVariantsTest {
    private static final LocalDate DOB = LocalDate.of(1984, 3, 12);

    /** A registration not yet given a platform person id. */
    private static PersonIdentity identity(String first, String prefix, String last, LocalDate dob, String bsn) {
        return new PersonIdentity(null, first, prefix, last, dob, bsn);
    }

    @ParameterizedTest(name = "{0} {1} {2} ~ {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Jan     | van der | Berg      | Jan      | -       | Vanderberg",
            "Jan     | van der | Berg      | Jan      | van den | Bergh",
            "Jan     | van der | Berg      | J.       | v.d.    | Berg",
            "Kees    | -       | Meijer    | Kees     | -       | Meyer",
            "Kees    | -       | Meijer    | Kees     | -       | Meier",
            "Mohamed | -       | El Amrani | Mohammed | -       | el Amrani",
            "Anouk   | -       | Jansen    | Anouk    | -       | Janssen",
            "Sjoerd  | de      | Wit       | Sjoert   | -       | De Wit",
            "Emre    | -       | Özdemir   | Emre     | -       | Ozdemir",
            "Marieke | van 't  | Hof       | Marieke  | van het | Hof",
            "Chris   | -       | Dijkstra  | Chris    | -       | Dykstra",
            "Ilse    | -       | Schröder  | Ilse     | -       | Schroeder",
            "Ruud    | ten     | Cate      | Ruud     | ten     | Kate",
            "Geert   | -       | Smit      | Geert    | -       | Smidt",})
    void spellingVariantsWithTheSameDateOfBirthAreAPossibleMatch(String first1, String prefix1, String last1,
            String first2, String prefix2, String last2) {
        Optional<Match> match = PersonMatcher.match(identity(first1, prefix1, last1, DOB, null),
                identity(first2, prefix2, last2, DOB, "111222333"));
        assertTrue(match.isPresent(), () -> "expected a match, name score " + PersonMatcher
                .nameScore(identity(first1, prefix1, last1, DOB, null), identity(first2, prefix2, last2, DOB, null)));
        assertEquals(Reason.NAME_AND_DATE_OF_BIRTH, match.get().reason());
        assertTrue(match.get().score() >= PersonMatcher.THRESHOLD && match.get().score() < 1.0);
    }

    @ParameterizedTest(name = "{0} {1} {2} is not {3} {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {"Jan     | de      | Vries     | Piet     | de      | Vries",
            "Sanne   | de      | Vries     | Femke    | de      | Vries",
            "Jan     | -       | Dekker    | Jan      | -       | Bakker",
            "Jan     | van der | Berg      | Jan      | van der | Linden",
            "Fatima  | -       | El Amrani | Fatima   | -       | Bouzid",
            "Kees    | -       | Jansen    | Karin    | -       | Jansen",})
    void differentPeopleWithTheSameDateOfBirthAreNotMatched(String first1, String prefix1, String last1, String first2,
            String prefix2, String last2) {
        assertTrue(
                PersonMatcher
                        .match(identity(first1, prefix1, last1, DOB, null), identity(first2, prefix2, last2, DOB, null))
                        .isEmpty(),
                () -> "name score " + PersonMatcher.nameScore(identity(first1, prefix1, last1, DOB, null),
                        identity(first2, prefix2, last2, DOB, null)));
    }

    @Test
    void sameBsnIsCertainEvenWhenTheNameIsSpelledDifferently() {
        Optional<Match> match = PersonMatcher.match(identity("Jan", "van der", "Berg", DOB, "111222333"),
                identity("Johannes", null, "Berg", DOB.plusDays(1), "111222333"));
        assertEquals(Optional.of(new Match(1.0, Reason.BSN)), match);
    }

    @Test
    void differentBsnsMeanDifferentPeopleAndADifferentDateOfBirthIsNoMatch() {
        assertTrue(PersonMatcher.match(identity("Jan", "van der", "Berg", DOB, "111222333"),
                identity("Jan", "van der", "Berg", DOB, "123456782")).isEmpty());
        assertTrue(PersonMatcher.match(identity("Jan", "van der", "Berg", DOB, null),
                identity("Jan", "van der", "Berg", DOB.plusYears(1), null)).isEmpty());
    }

    @Test
    void identicalNamesScoreHighestWithoutBeingCertain() {
        Match match = PersonMatcher
                .match(identity("Jan", "van der", "Berg", DOB, null), identity("JAN", "Van Der", "Berg", DOB, null))
                .orElseThrow();
        assertEquals(0.99, match.score());
    }

    @Test
    void prefixesAreStrippedAndSpellingFolded() {
        assertEquals("berg", DutchNames.surnameCore("van der", "Berg"));
        assertEquals("berg", DutchNames.surnameCore(null, "Vanderberg"));
        assertEquals("hof", DutchNames.surnameCore("van 't", "Hof"));
        assertEquals("dekker", DutchNames.surnameCore(null, "Dekker"));
        assertEquals("terpstra", DutchNames.surnameCore(null, "Terpstra"));
        assertEquals("elamrani", DutchNames.surnameCore(null, "El Amrani"));
        assertEquals(DutchNames.phoneticKey("meijer"), DutchNames.phoneticKey("meyer"));
        assertEquals(DutchNames.phoneticKey("jansen"), DutchNames.phoneticKey("janssen"));
    }
}
