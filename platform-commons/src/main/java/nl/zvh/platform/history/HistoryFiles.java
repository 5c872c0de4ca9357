package nl.zvh.platform.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.problem.Problem.FieldError;

/** What every history file shares: the registration number column, the size limits and the file's own errors. */
public final class HistoryFiles {
    /** The previous system's own number of a record: what makes an import idempotent. */
    public static final String REGISTRATION_NUMBER = "registratienummer";
    public static final int MAX_ROWS = 5000;
    /** A year of a large house is a few hundred rows; 5 000 rows of ~300 characters stay under 2 MB. */
    public static final int MAX_CHARACTERS = 2_000_000;
    public static final String TOO_LARGE = "the file is too large (at most 2 MB)";
    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    public static final String PURPOSE = "history-import";

    private HistoryFiles() {
    }

    /** The file's own errors (no header, a missing column, no rows, too many rows), or none. */
    public static List<FieldError> fileErrors(CsvFile file, List<String> required, String noun) {
        List<FieldError> errors = new ArrayList<>();
        if (file.header().isEmpty()) {
            errors.add(new FieldError("file", "is empty: a header row is required"));
            return errors;
        }
        file.missing(required).forEach(c -> errors.add(new FieldError("file", "the column " + c + " is missing")));
        if (file.rows().isEmpty()) {
            errors.add(new FieldError("file", "holds no " + noun));
        }
        if (file.rows().size() > MAX_ROWS) {
            errors.add(new FieldError("file", "at most " + MAX_ROWS + " rows per file"));
        }
        return errors;
    }

    /** A day of the previous system as an instant: noon, Dutch time (so it counts on that day in every report). */
    public static Instant noon(LocalDate date) {
        return date == null ? null : date.atTime(12, 0).atZone(NL).toInstant();
    }

    /** The text an imported record carries to say where it came from. */
    public static String origin(String registrationNumber) {
        return "Overgenomen uit het vorige registratiesysteem (registratienummer " + registrationNumber + ").";
    }
}
