package nl.zvh.platform.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file as a spreadsheet or an export saves it: a header row, then one record per line, separated by semicolons
 * (as Dutch spreadsheets do) or commas, cells optionally in double quotes ({@code ""} for a quote), a byte order mark
 * and blank lines ignored. Header names are compared in lower case. Rows carry the line number a person counts in a
 * spreadsheet (the header is row 1), so an error can name "regel 3".
 */
public record CsvFile(List<String> header, List<Row> rows) {

    /** One record: its row number and its cells by (lower-case) header name. */
    public record Row(int number, Map<String, String> cells) {
        /** The cell of {@code column}, stripped; null when absent or blank. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public CsvFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Parses {@code text}; an empty text gives an empty header and no rows. */
    public static CsvFile parse(String text) {
        List<String> lines = text == null ? List.of() : text.replace("\uFEFF", "").lines().toList();
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return new CsvFile(List.of(), List.of());
        }
        char separator = lines.get(0).indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(lines.get(0), separator).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i), separator);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(i + 1, Collections.unmodifiableMap(row)));
        }
        return new CsvFile(header, rows);
    }

    /** The required columns the header lacks, in the order given. */
    public List<String> missing(List<String> required) {
        return required.stream().filter(column -> !header.contains(column)).toList();
    }

    /** dd-mm-yyyy (as Dutch spreadsheets write it) to yyyy-mm-dd; anything else as it is, for the rules to judge. */
    public static String isoDate(String value) {
        if (value != null && value.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
            String[] p = value.split("-");
            return String.format("%s-%02d-%02d", p[2], Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        }
        return value;
    }

    /** The cells of one line. */
    public static List<String> split(String line, char separator) {
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
