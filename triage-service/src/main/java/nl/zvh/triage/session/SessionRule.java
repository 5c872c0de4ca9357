package nl.zvh.triage.session;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.zvh.triage.calendar.WorkingDays;

/**
 * When a house's table meets and until when referrals make its agenda: e.g. Thursday 10:00 with cut-off one day
 * before at 12:00 (Wednesday noon). Sessions falling on a public holiday are skipped.
 */
public record SessionRule(DayOfWeek weekday, LocalTime time, int cutoffDaysBefore, LocalTime cutoffTime,
        List<String> partners) {

    public Instant cutoff(LocalDate sessionDate, ZoneId zone) {
        return sessionDate.minusDays(cutoffDaysBefore).atTime(cutoffTime).atZone(zone).toInstant();
    }

    /**
     * The date of the first regular session whose cut-off lies after {@code submittedAt} and which has not started
     * by {@code now}.
     */
    public LocalDate nextSessionDate(Instant submittedAt, Instant now, ZoneId zone) {
        LocalDate date = submittedAt.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(weekday));
        while (WorkingDays.isPublicHoliday(date) || !cutoff(date, zone).isAfter(submittedAt)
                || !date.atTime(time).atZone(zone).toInstant().isAfter(now)) {
            date = date.plusWeeks(1);
        }
        return date;
    }
}
