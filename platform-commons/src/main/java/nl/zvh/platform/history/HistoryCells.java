package nl.zvh.platform.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.validation.BsnValidator;

/**
 * Reads the cells of one row of a history file and collects what is wrong with them, each named
 * {@code rows[n].<column>} with n the spreadsheet row (the header is row 1), so the upload page can say "Regel 3 —
 * gemeente — …". Dates are yyyy-mm-dd or dd-mm-yyyy, not in the future and not before 2000. The messages are the API's
 * (English); the page shows its own Dutch reason per column.
 */
public final class HistoryCells {
    private final CsvFile.Row row;
    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    public HistoryCells(CsvFile.Row row, LocalDate today) {
        this.row = row;
        this.today = today;
    }

    public int rowNumber() {
        return row.number();
    }

    /** The row's errors so far. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public void error(String column, String message) {
        errors.add(new FieldError(field(row.number(), column), message));
    }

    /** {@code rows[3].gemeente}. */
    public static String field(int rowNumber, String column) {
        return "rows[" + rowNumber + "]." + column;
    }

    /** The cell as it is (stripped), or null when blank. */
    public String raw(String column) {
        return row.get(column);
    }

    /** The previous system's registration number: required, at most 100 characters, once per file ({@code seen}). */
    public String registrationNumber(Set<String> seen) {
        String ref = row.get(HistoryFiles.REGISTRATION_NUMBER);
        if (ref == null || ref.length() > 100) {
            error(HistoryFiles.REGISTRATION_NUMBER, "is required (at most 100 characters)");
        } else if (!seen.add(ref)) {
            error(HistoryFiles.REGISTRATION_NUMBER, "occurs twice in the file");
        }
        return ref;
    }

    /** A required date. */
    public LocalDate date(String column) {
        LocalDate date = parse(row.get(column));
        if (date == null) {
            error(column, "must be a date (yyyy-mm-dd or dd-mm-yyyy)");
        } else if (date.isAfter(today)) {
            error(column, "is in the future");
        } else if (date.getYear() < 2000) {
            error(column, "is before 2000");
        }
        return date;
    }

    /** A date that may be left empty (null then). */
    public LocalDate optionalDate(String column) {
        return row.get(column) == null ? null : date(column);
    }

    /** A date of birth: required, a real date, not in the future and not after {@code notAfter} (when given). */
    public LocalDate dateOfBirth(String column, LocalDate notAfter) {
        LocalDate birth = parse(row.get(column));
        if (birth == null) {
            error(column, "must be a date (yyyy-mm-dd or dd-mm-yyyy)");
        } else if (birth.isAfter(today) || (notAfter != null && birth.isAfter(notAfter))) {
            error(column, "is in the future or after the row's first date");
        }
        return birth;
    }

    /** A text of at most {@code max} characters; {@code required}: not blank. */
    public String text(String column, boolean required, int max) {
        String value = row.get(column);
        if ((required && value == null) || (value != null && value.length() > max)) {
            error(column, (required ? "is required (" : "(") + "at most " + max + " characters)");
        }
        return value;
    }

    /** A BSN that may be left empty; when given it passes the eleven test. */
    public String bsn(String column) {
        String bsn = row.get(column);
        if (bsn != null && !BsnValidator.isValidBsn(bsn)) {
            error(column, "is not a valid BSN (nine digits, eleven test)");
        }
        return bsn;
    }

    /**
     * One of {@code choices} (keys in lower case, e.g. "stabiel" → STABLE); blank gives {@code whenEmpty}, which when
     * null means the cell is required.
     */
    public <T> T choice(String column, Map<String, T> choices, T whenEmpty, String allowed) {
        String value = row.get(column);
        if (value == null && whenEmpty != null) {
            return whenEmpty;
        }
        T chosen = value == null ? null : choices.get(value.strip().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            error(column, "must be " + allowed);
        }
        return chosen;
    }

    /** One of the house's municipalities, spelled as {@code municipalities} spells it; empty list: any name. */
    public String municipality(String column, List<String> municipalities) {
        String value = row.get(column);
        String found = value == null || value.length() > 100
                ? null
                : municipalities.isEmpty()
                        ? value
                        : municipalities.stream().filter(m -> m.equalsIgnoreCase(value)).findFirst().orElse(null);
        if (found == null) {
            error(column,
                    value == null || municipalities.isEmpty()
                            ? "is required (at most 100 characters)"
                            : "is not a municipality of this house");
        }
        return found;
    }

    /** yyyy-mm-dd or dd-mm-yyyy; null when blank or not a date. */
    public static LocalDate parse(String value) {
        try {
            return value == null ? null : LocalDate.parse(CsvFile.isoDate(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
