package nl.zvh.coveca.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import nl.zvh.coveca.meeting.MeetingView;

/**
 * A network meeting as a calendar invitation (RFC 5545, one event of 90 minutes). It names no person of the case:
 * a calendar travels through mail systems outside the platform, so it carries the kind of meeting, the time, the place
 * and the invited organisations only.
 */
final class MeetingInvitation {
    static final Duration LENGTH = Duration.ofMinutes(90);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int FOLD = 73;

    private MeetingInvitation() {
    }

    /** The invitation; {@code summary} and {@code online} are the texts in the reader's language. */
    static String ics(MeetingView m, String summary, String online, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Zorg- en Veiligheidshuizen//CoVeCa//NL");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + m.id() + "@coveca.zvh");
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + UTC.format(m.scheduledAt()));
        line(ics, "DTEND:" + UTC.format(m.scheduledAt().plus(LENGTH)));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "LOCATION:" + text(m.online() || m.location() == null ? online : m.location()));
        String invited = m.participants().stream().map(p -> p.organisation()).distinct()
                .collect(Collectors.joining("\n"));
        if (!invited.isEmpty()) {
            line(ics, "DESCRIPTION:" + text(invited));
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A text value with backslash, semicolon, comma and new lines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n",
                "\\n");
    }

    /** One content line, folded (CRLF and a space) so no line is longer than 75 characters. */
    private static void line(StringBuilder ics, String content) {
        String rest = content;
        boolean first = true;
        while (rest.length() > FOLD) {
            ics.append(first ? "" : " ").append(rest, 0, FOLD).append("\r\n");
            rest = rest.substring(FOLD);
            first = false;
        }
        ics.append(first ? "" : " ").append(rest).append("\r\n");
    }
}
