package nl.zvh.gateway.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A person's access log as the person reads it: one colleague opening the same file eight times in ten minutes is
 * one line ("8 keer, sinds ..."), not eight; another colleague, another record, or a read an hour later stay lines of
 * their own, so nothing is hidden.
 */
class RepeatedReadsByOneColleagueAreOneLineTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void repeatsWithinFifteenMinutesAreOneLineAndEverythingElseStays() {
        List<AuditLine> newestFirst = List.of(read("10:20", "politie-lid", "r-1"), read("10:18", "politie-lid", "r-1"),
                read("10:17", "om-lid", "r-1"), read("10:15", "politie-lid", "r-1"),
                read("10:14", "politie-lid", "r-2"), read("10:12", "politie-lid", "r-2"),
                read("10:11", "politie-lid", "r-2"), read("10:10", "politie-lid", "r-2"),
                read("09:00", "politie-lid", "r-2"));

        List<AuditLine> lines = AuditLine.grouped(newestFirst, Duration.ofMinutes(15));

        assertEquals(
                List.of("politie-lid r-1 x2 since 10:18", "om-lid r-1 x1", "politie-lid r-1 x1",
                        "politie-lid r-2 x4 since 10:10", "politie-lid r-2 x1"),
                lines.stream()
                        .map(l -> l.user() + " " + l.resourceId() + " x" + l.times()
                                + (l.since() == null ? "" : " since " + hhmm(l)))
                        .toList(),
                "a colleague in between breaks the run; nine reads stay visible as five lines");
        assertEquals(9, lines.stream().mapToInt(AuditLine::times).sum(), "every read is counted");
    }

    private static String hhmm(AuditLine l) {
        return l.since().toLocalTime().toString().substring(0, 5);
    }

    private static AuditLine read(String time, String user, String record) {
        return AuditLine.of(
                new AuditRow("triage", "2026-12-06T" + time + ":00Z", "READ", "triage-referral", record, "p-1", user,
                        null, "Politie Zeeland-West-Brabant", "triage-member", null, "triage", "SUCCESS", false, null),
                NL);
    }
}
