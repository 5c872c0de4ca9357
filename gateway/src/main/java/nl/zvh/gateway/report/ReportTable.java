package nl.zvh.gateway.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One table of the annual report. Cells are {@link Long} counts (suppressed in published exports when small) or
 * text (labels, percentages, averages, already in the reader's notation).
 */
public record ReportTable(String id, String title, List<String> headers, List<List<Object>> rows) {

    /** The cell as published: a count from 1 to {@code suppressBelow - 1} becomes {@code <suppressBelow}. */
    public static String published(Object value, int suppressBelow) {
        if (value instanceof Long n && n > 0 && n < suppressBelow) {
            return "<" + suppressBelow;
        }
        return value == null ? "" : value.toString();
    }

    /** RFC 4180 CSV with a semicolon separator (Dutch spreadsheets), header row first, small counts suppressed. */
    public String csv(int suppressBelow) {
        StringBuilder out = new StringBuilder();
        out.append(headers.stream().map(ReportTable::quote).collect(Collectors.joining(";"))).append("\r\n");
        for (List<Object> row : rows) {
            out.append(row.stream().map(v -> quote(published(v, suppressBelow))).collect(Collectors.joining(";")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value) {
        // a leading =, +, - or @ would be a formula in a spreadsheet
        String safe = !value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
