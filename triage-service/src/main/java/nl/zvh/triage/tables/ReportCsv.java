package nl.zvh.triage.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.zvh.platform.problem.Problem.FieldError;
import nl.zvh.triage.tables.TableRequests.NewItem;

/**
 * The weekly CSV of non-acute police reports of confused behaviour (I28), as a police export or a spreadsheet saves
 * it: a header row, then one report per row, separated by semicolons (or commas), fields optionally in double quotes.
 * Columns (Dutch headers, any order): {@code registratienummer;datum;gemeente;voornaam;achternaam;geboortedatum;
 * samenvatting}; dates as yyyy-mm-dd or dd-mm-yyyy.
 */
final class ReportCsv {
    static final int MAX_ROWS = 2000;
    private static final Map<String, String> COLUMNS = Map.of("registratienummer", "externalRef", "datum", "receivedOn",
            "gemeente", "municipality", "voornaam", "firstName", "achternaam", "lastName", "geboortedatum", "birthDate",
            "samenvatting", "summary");

    /** The rows as items (row numbers as a person counts them, the header being row 1), or the header's errors. */
    record Parsed(List<NewItem> items, List<FieldError> errors) {
    }

    private ReportCsv() {
    }

    static Parsed parse(String text) {
        List<String> lines = text == null ? List.of() : text.replace("\uFEFF", "").lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return new Parsed(List.of(), List.of(new FieldError("file", "is empty: a header row is required")));
        }
        char separator = lines.get(0).indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(lines.get(0), separator).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<FieldError> errors = new ArrayList<>();
        for (String required : List.of("registratienummer", "gemeente", "samenvatting")) {
            if (!header.contains(required)) {
                errors.add(new FieldError("file", "the column " + required + " is missing"));
            }
        }
        if (lines.size() - 1 > MAX_ROWS) {
            errors.add(new FieldError("file", "at most " + MAX_ROWS + " rows per file"));
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        List<NewItem> items = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i), separator);
            java.util.Map<String, String> row = new java.util.HashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                String field = COLUMNS.get(header.get(c));
                if (field != null) {
                    row.put(field, cells.get(c).strip());
                }
            }
            items.add(new NewItem(row.get("externalRef"), isoDate(row.get("receivedOn")), row.get("firstName"),
                    row.get("lastName"), isoDate(row.get("birthDate")), row.get("municipality"), null, null,
                    row.get("summary"), List.of()));
        }
        if (items.isEmpty()) {
            errors.add(new FieldError("file", "holds no reports"));
        }
        return new Parsed(items, errors);
    }

    /** dd-mm-yyyy (as Dutch spreadsheets write it) to yyyy-mm-dd; anything else as it is, for the rules to judge. */
    static String isoDate(String value) {
        if (value != null && value.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
            String[] p = value.split("-");
            return String.format("%s-%02d-%02d", p[2], Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        return value;
    }

    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
