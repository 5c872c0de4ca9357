package nl.zvh.coveca.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.zvh.coveca.cases.ClosureReason;
import nl.zvh.coveca.cases.Intensity;
import nl.zvh.platform.csv.CsvFile;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.platform.validation.BsnValidator;

/**
 * The previous system's CoVeCa cases as CSV (docs/history-import.md): one case per row with its main person. Columns
 * (Dutch headers, any order, ";" or ","): {@code registratienummer;gestart;gesloten;reden;gemeente;intensiteit;
 * voornaam;tussenvoegsel;achternaam;geboortedatum;bsn}. Dates yyyy-mm-dd or dd-mm-yyyy, not in the future nor before
 * 2000; no end date: the case is still open; an end date needs a reason (stabiel, afgeschaald naar reguliere zorg,
 * verhuisd, gedetineerd, overleden, administratief) and is not before the start. A row's own errors are named
 * {@code rows[n].<column>} with n the spreadsheet row (the header is row 1).
 */
final class CaseHistoryCsv {
    static final int MAX_ROWS = 5000;
    static final List<String> REQUIRED = List.of("registratienummer", "gestart", "gemeente", "voornaam", "achternaam",
            "geboortedatum");
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final Map<String, ClosureReason> REASONS = Map.ofEntries(Map.entry("stabiel", ClosureReason.STABLE),
            Map.entry("afgeschaald naar reguliere zorg", ClosureReason.SCALED_DOWN_TO_REGULAR_CARE),
            Map.entry("verhuisd", ClosureReason.MOVED_OUT_OF_REGION), Map.entry("gedetineerd", ClosureReason.DETAINED),
            Map.entry("overleden", ClosureReason.DECEASED), Map.entry("administratief", ClosureReason.ADMINISTRATIVE));

    /** A row read: its number and the case (null when the row's cells are wrong), and the row's errors. */
    record Row(int number, ImportedCase imported, List<FieldError> errors) {
    }

    /** One earlier case as the previous system knew it. */
    record ImportedCase(String registrationNumber, LocalDate started, LocalDate ended, ClosureReason reason,
            String municipality, Intensity intensity, String firstName, String surnamePrefix, String lastName,
            LocalDate dateOfBirth, String bsn) {
    }

    private CaseHistoryCsv() {
    }

    /** The file's own errors (header, size), or none. */
    static List<FieldError> fileErrors(CsvFile file) {
        List<FieldError> errors = new ArrayList<>();
        if (file.header().isEmpty()) {
            errors.add(new FieldError("file", "is empty: a header row is required"));
            return errors;
        }
        file.missing(REQUIRED).forEach(c -> errors.add(new FieldError("file", "the column " + c + " is missing")));
        if (file.rows().isEmpty()) {
            errors.add(new FieldError("file", "holds no cases"));
        }
        if (file.rows().size() > MAX_ROWS) {
            errors.add(new FieldError("file", "at most " + MAX_ROWS + " rows per file"));
        }
        return errors;
    }

    /**
     * Reads every row; {@code today} bounds the dates, {@code municipalities} (empty: any non-blank one) are the
     * house's, the cell is taken as the reference data spells it.
     */
    static List<Row> rows(CsvFile file, LocalDate today, List<String> municipalities) {
        List<Row> rows = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (CsvFile.Row row : file.rows()) {
            List<FieldError> errors = new ArrayList<>();
            String ref = row.get("registratienummer");
            if (ref == null || ref.length() > 100) {
                errors.add(error(row, "registratienummer", "is required (at most 100 characters)"));
            } else if (!refs.add(ref)) {
                errors.add(error(row, "registratienummer", "occurs twice in the file"));
            }
            LocalDate started = date(row, "gestart", today, errors);
            LocalDate ended = row.get("gesloten") == null ? null : date(row, "gesloten", today, errors);
            if (started != null && ended != null && ended.isBefore(started)) {
                errors.add(error(row, "gesloten", "is before the start date"));
            }
            ClosureReason reason = row.get("reden") == null ? null : REASONS.get(lower(row.get("reden")));
            if (row.get("gesloten") != null && reason == null) {
                errors.add(error(row, "reden", "is required for a closed case: stabiel, afgeschaald naar reguliere"
                        + " zorg, verhuisd, gedetineerd, overleden or administratief"));
            } else if (row.get("gesloten") == null && row.get("reden") != null) {
                errors.add(error(row, "reden", "only applies to a closed case (gesloten is empty)"));
            }
            String municipality = municipality(row.get("gemeente"), municipalities);
            if (municipality == null) {
                errors.add(error(row, "gemeente",
                        municipalities.isEmpty()
                                ? "is required (at most 100 characters)"
                                : "is not a municipality of this house"));
            }
            Intensity intensity = row.get("intensiteit") == null
                    ? Intensity.MAATWERK
                    : intensity(row.get("intensiteit"));
            if (intensity == null) {
                errors.add(error(row, "intensiteit", "must be maatwerk or pga"));
            }
            name(row, "voornaam", true, errors);
            name(row, "tussenvoegsel", false, errors);
            name(row, "achternaam", true, errors);
            LocalDate birth = parse(row.get("geboortedatum"));
            if (birth == null) {
                errors.add(error(row, "geboortedatum", "must be a date (yyyy-mm-dd or dd-mm-yyyy)"));
            } else if (birth.isAfter(today) || (started != null && birth.isAfter(started))) {
                errors.add(error(row, "geboortedatum", "is in the future or after the start date"));
            }
            String bsn = row.get("bsn");
            if (bsn != null && !BsnValidator.isValidBsn(bsn)) {
                errors.add(error(row, "bsn", "is not a valid BSN (nine digits, eleven test)"));
            }
            rows.add(errors.isEmpty()
                    ? new Row(row.number(),
                            new ImportedCase(ref, started, ended, reason, municipality, intensity, row.get("voornaam"),
                                    row.get("tussenvoegsel"), row.get("achternaam"), birth, bsn),
                            List.of())
                    : new Row(row.number(), null, errors));
        }
        return rows;
    }

    /** {@code rows[3].gemeente}: the spreadsheet row and the column. */
    static FieldError error(CsvFile.Row row, String column, String message) {
        return new FieldError("rows[" + row.number() + "]." + column, message);
    }

    private static String municipality(String value, List<String> municipalities) {
        if (value == null || value.length() > 100) {
            return null;
        }
        if (municipalities.isEmpty()) {
            return value.strip();
        }
        return municipalities.stream().filter(m -> m.equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    private static void name(CsvFile.Row row, String column, boolean required, List<FieldError> errors) {
        String value = row.get(column);
        if ((required && value == null) || (value != null && value.length() > 100)) {
            errors.add(
                    error(row, column, required ? "is required (at most 100 characters)" : "at most 100 characters"));
        }
    }

    private static LocalDate date(CsvFile.Row row, String column, LocalDate today, List<FieldError> errors) {
        LocalDate date = parse(row.get(column));
        if (date == null) {
            errors.add(error(row, column, "must be a date (yyyy-mm-dd or dd-mm-yyyy)"));
        } else if (date.isAfter(today)) {
            errors.add(error(row, column, "is in the future"));
        } else if (date.getYear() < 2000) {
            errors.add(error(row, column, "is before 2000"));
        }
        return date;
    }

    private static LocalDate parse(String value) {
        try {
            return value == null ? null : LocalDate.parse(CsvFile.isoDate(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Intensity intensity(String value) {
        return switch (lower(value)) {
            case "maatwerk" -> Intensity.MAATWERK;
            case "pga" -> Intensity.PGA;
            default -> null;
        };
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
