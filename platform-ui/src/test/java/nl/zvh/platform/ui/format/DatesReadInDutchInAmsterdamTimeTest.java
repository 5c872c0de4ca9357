package nl.zvh.platform.ui.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.zvh.platform.ui.shell.Programme;
import org.junit.jupiter.api.Test;

class DatesReadInDutchInAmsterdamTimeTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aWinterInstantIsOneHourAheadOfUtc() {
        assertEquals("6 december 2026 14:05", UiFormats.dateTime(Instant.parse("2026-12-06T13:05:00Z"), NL));
    }

    @Test
    void aSummerInstantIsTwoHoursAheadOfUtcAndMayFallOnTheNextDay() {
        assertEquals("1 juli 2026 00:30", UiFormats.dateTime(Instant.parse("2026-06-30T22:30:00Z"), NL));
    }

    @Test
    void datesReadAsWordsInTheChosenLanguage() {
        assertEquals("3 maart 2026", UiFormats.date(LocalDate.of(2026, 3, 3), NL));
        assertEquals("3 March 2026", UiFormats.date(LocalDate.of(2026, 3, 3), Locale.ENGLISH));
        assertEquals("", UiFormats.date(null, NL));
    }

    @Test
    void everyProgrammeHasADutchAndAnEnglishLabel() {
        for (Programme p : Programme.values()) {
            assertEquals(true, Labels.hasLabel(p, "nl"), p.name());
            assertEquals(true, Labels.hasLabel(p, "en"), p.name());
        }
        assertEquals("Complexe casuïstiek", Labels.of(Programme.COVECA, NL));
        assertEquals("Complex cases", Labels.of(Programme.COVECA, Locale.ENGLISH));
    }
}
