package nl.zvh.gateway.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.zvh.platform.figures.SmallCells;

/**
 * One table of the annual report. Cells are {@link Long} counts, {@link Derived} values computed from the counts of
 * their row (percentages, differences, averages), {@link #SUPPRESSED} or text (labels, already in the reader's
 * notation). A table is built {@link #suppressed suppressed}: the page, the CSV and the PDF show the same cells.
 */
public record ReportTable(String id, String title, List<String> headers, List<List<Object>> rows) {

    /** A cell withheld by the small-cell rule; written as {@link SmallCells#MARK}. */
    public static final Object SUPPRESSED = new Object() {
        @Override
        public String toString() {
            return SmallCells.MARK;
        }
    };

    /** A value computed from the counts of its row: withheld when one of them is. */
    public record Derived(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The table as published under {@code rule}: small counts and the cells that would give them away (the next
     * smallest of a row or column, the row's percentages, differences and averages) become {@link #SUPPRESSED}.
     */
    public static ReportTable suppressed(String id, String title, List<String> headers, List<List<Object>> rows,
            SmallCells rule) {
        Long[][] counts = new Long[rows.size()][];
        boolean[][] withheld = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            counts[r] = row.stream().map(v -> v instanceof Long n ? n : null).toArray(Long[]::new);
            withheld[r] = new boolean[row.size()];
            for (int c = 0; c < row.size(); c++) {
                withheld[r][c] = row.get(c) == SUPPRESSED;
            }
        }
        boolean[][] hidden = rule.suppress(counts, withheld);
        List<List<Object>> published = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean any = false;
            for (boolean h : hidden[r]) {
                any |= h;
            }
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                row.add(v == SUPPRESSED || hidden[r][c] || (any && v instanceof Derived) ? SUPPRESSED : v);
            }
            published.add(List.copyOf(row));
        }
        return new ReportTable(id, title, headers, List.copyOf(published));
    }

    /** RFC 4180 CSV with a semicolon separator (Dutch spreadsheets), header row first. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append(headers.stream().map(ReportTable::quote).collect(Collectors.joining(";"))).append("\r\n");
        for (List<Object> row : rows) {
            out.append(row.stream().map(v -> quote(v == null ? "" : v.toString())).collect(Collectors.joining(";")))
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
