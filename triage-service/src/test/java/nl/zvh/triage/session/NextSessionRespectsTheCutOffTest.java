package nl.zvh.triage.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** De Markiezaten meets on Thursday at 10:00; referrals submitted before Wednesday 12:00 make that Thursday. */
class NextSessionRespectsTheCutOffTest {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final SessionRule THURSDAY = new SessionRule(DayOfWeek.THURSDAY, LocalTime.of(10, 0), 1, LocalTime.NOON,
            List.of("Politie Zeeland-West-Brabant"));

    static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(NL).toInstant();
    }

    static LocalDate next(String submittedLocal) {
        Instant submitted = at(submittedLocal);
        return THURSDAY.nextSessionDate(submitted, submitted, NL);
    }

    @Test
    void beforeTheCutOffMakesThisWeeksSession() {
        assertEquals(LocalDate.parse("2026-11-26"), next("2026-11-23T09:15"));
        assertEquals(LocalDate.parse("2026-11-26"), next("2026-11-25T11:59"));
    }

    @Test
    void atOrAfterTheCutOffGoesToNextWeek() {
        assertEquals(LocalDate.parse("2026-12-03"), next("2026-11-25T12:00"));
        assertEquals(LocalDate.parse("2026-12-03"), next("2026-11-26T08:00"));
        assertEquals(LocalDate.parse("2026-12-03"), next("2026-11-27T08:00"));
    }

    @Test
    void tuesdayDefaultHasMondayNoonCutOff() {
        SessionRule tuesday = new SessionRule(DayOfWeek.TUESDAY, LocalTime.of(10, 0), 1, LocalTime.NOON, List.of());
        Instant mondayMorning = at("2026-11-23T11:00");
        assertEquals(LocalDate.parse("2026-11-24"), tuesday.nextSessionDate(mondayMorning, mondayMorning, NL));
        Instant mondayAfternoon = at("2026-11-23T13:00");
        assertEquals(LocalDate.parse("2026-12-01"), tuesday.nextSessionDate(mondayAfternoon, mondayAfternoon, NL));
    }

    @Test
    void sessionOnAHolidayIsSkipped() {
        // Ascension Day 14 May 2026 is a Thursday: the table meets on 21 May
        assertEquals(LocalDate.parse("2026-05-21"), next("2026-05-11T09:00"));
    }

    @Test
    void lateDeliveredEventNeverLandsOnASessionThatAlreadyStarted() {
        Instant submitted = at("2026-11-25T11:00");
        Instant receivedLate = at("2026-11-26T10:30");
        assertEquals(LocalDate.parse("2026-12-03"), THURSDAY.nextSessionDate(submitted, receivedLate, NL));
    }
}
