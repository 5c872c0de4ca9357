package nl.zvh.triage.session;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Triage settings ({@code zvh.triage.*}): the defaults for houses without their own session settings. */
@ConfigMapping(prefix = "zvh.triage")
public interface TriageConfig {
    /** Time zone of the houses' sessions and deadlines. */
    @WithDefault("Europe/Amsterdam")
    ZoneId zone();

    /** Session rule for a house without its own row in triage_house_settings. */
    DefaultSession defaultSession();

    /** Familiarity-check reminders. */
    Reminder reminder();

    interface DefaultSession {
        @WithDefault("TUESDAY")
        DayOfWeek weekday();

        @WithDefault("10:00")
        LocalTime time();

        /** Submission cut-off: this many calendar days before the session ... */
        @WithDefault("1")
        int cutoffDaysBefore();

        /** ... at this time (e.g. Monday 12:00 for a Tuesday session). */
        @WithDefault("12:00")
        LocalTime cutoffTime();

        /** Partner organisations of the table of a house that has none configured. */
        @WithDefault("Openbaar Ministerie,Politie,Veilig Thuis,OGGZ-team,Reclassering Nederland")
        List<String> partners();
    }

    interface Reminder {
        /** Cron of the reminder job (runs once per cluster thanks to an advisory lock). */
        @WithDefault("0 */15 * * * ?")
        String cron();

        /** Remind open checks whose deadline is within this many working days (0 = deadline is today). */
        @WithDefault("1")
        int workingDaysAhead();
    }
}
