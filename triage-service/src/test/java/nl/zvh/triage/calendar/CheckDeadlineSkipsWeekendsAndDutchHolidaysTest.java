package nl.zvh.triage.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The familiarity-check deadline is two working days before the session: weekends and holidays do not count. */
class CheckDeadlineSkipsWeekendsAndDutchHolidaysTest {

    static LocalDate deadline(String session) {
        return WorkingDays.workingDaysBefore(LocalDate.parse(session), 2);
    }

    @Test
    void thursdaySessionHasTuesdayDeadline() {
        assertEquals(LocalDate.parse("2026-11-24"), deadline("2026-11-26"));
    }

    @Test
    void mondaySessionReachesBackOverTheWeekendToThursday() {
        assertEquals(LocalDate.parse("2026-11-19"), deadline("2026-11-23"));
    }

    @Test
    void tuesdaySessionDeadlineSkipsTheWeekendToFriday() {
        assertEquals(LocalDate.parse("2026-11-20"), deadline("2026-11-24"));
    }

    @Test
    void kingsDayIsSkipped() {
        // 27 April 2026 is a Monday: a Wednesday 29 April session counts back over Tuesday 28 and Friday 24
        assertEquals(LocalDate.parse("2026-04-24"), deadline("2026-04-29"));
    }

    @Test
    void kingsDayMovesToSaturdayWhenTheTwentySeventhIsASunday() {
        // 2025: 27 April is a Sunday, King's Day is Saturday 26 April (a weekend day anyway); Monday 28 works
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.parse("2025-04-26")));
        assertFalse(WorkingDays.isPublicHoliday(LocalDate.parse("2025-04-27")));
        assertTrue(WorkingDays.isWorkingDay(LocalDate.parse("2025-04-28")));
    }

    @Test
    void christmasAndBoxingDayAreSkipped() {
        // 2026: Christmas on Friday, Boxing Day on Saturday; Monday 28 December session -> Wednesday 23 and Thursday 24
        assertEquals(LocalDate.parse("2026-12-23"), deadline("2026-12-28"));
        // 2025: Christmas Thursday, Boxing Day Friday; Tuesday 30 December session -> Monday 29 and Wednesday 24
        assertEquals(LocalDate.parse("2025-12-24"), deadline("2025-12-30"));
    }

    @Test
    void newYearIsSkipped() {
        // Friday 2 January 2026 session: Thursday 1 January is a holiday -> Wednesday 31 and Tuesday 30 December
        assertEquals(LocalDate.parse("2025-12-30"), deadline("2026-01-02"));
    }

    @Test
    void easterMondayAscensionAndWhitMondayAreSkippedButGoodFridayIsAWorkingDay() {
        assertEquals(LocalDate.parse("2026-04-05"), WorkingDays.easterSunday(2026));
        assertEquals(LocalDate.parse("2025-04-20"), WorkingDays.easterSunday(2025));
        assertEquals(LocalDate.parse("2024-03-31"), WorkingDays.easterSunday(2024));
        assertEquals(LocalDate.parse("2019-04-21"), WorkingDays.easterSunday(2019));
        // Wednesday 8 April 2026: Easter Monday 6 April skipped -> Tuesday 7 and Good Friday 3 April
        assertEquals(LocalDate.parse("2026-04-03"), deadline("2026-04-08"));
        // Ascension 14 May 2026 (Thursday): a Monday 18 May session -> Friday 15 and Wednesday 13
        assertEquals(LocalDate.parse("2026-05-13"), deadline("2026-05-18"));
        // Whit Monday 25 May 2026: a Wednesday 27 May session -> Tuesday 26 and Friday 22
        assertEquals(LocalDate.parse("2026-05-22"), deadline("2026-05-27"));
    }

    @Test
    void liberationDayCountsAsAHolidayEveryYear() {
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.parse("2026-05-05")));
        assertTrue(WorkingDays.isPublicHoliday(LocalDate.parse("2027-05-05")));
        // Thursday 7 May 2026 session -> Wednesday 6 and Monday 4 (Tuesday 5 May skipped)
        assertEquals(LocalDate.parse("2026-05-04"), deadline("2026-05-07"));
    }
}
