package nl.zvh.coveca.worklist;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dutch date formats for the templates: {@code {m.scheduledAt.nl}}, {@code {a.dueDate.nl}}. */
@TemplateExtension
public final class Formats {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private Formats() {
    }

    static String nl(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(NL));
    }

    static String nl(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
