package nl.zvh.gateway.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zvh.platform.figures.SmallCells;

/**
 * One table of the annual report. Cells are {@link Long} counts, {@link Derived} values computed from the counts of
 * their row (percentages, differences, averages), {@link #SUPPRESSED} or text (labels, already in the reader's
 * notation). A table is built {@link #suppressed suppressed}: the page, the CSV and the PDF show the same cells. While
 * a table is composed a count may be a {@link Figure}, one of the services' figures that other tables of the report
 * may show too: the report withholds it in all of them or in none.
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

    /** A count with its identity in the report ({@code id}): the same figure in two tables has the same id. */
    public record Figure(String id, long count) {
    }

    /**
     * The table as published under {@code rule}: small counts and the cells that would give them away (the next
     * smallest of a row or column, the row's percentages, differences and averages) become {@link #SUPPRESSED}.
     */
    public static ReportTable suppressed(String id, String title, List<String> headers, List<List<Object>> rows,
            SmallCells rule) {
        return suppressed(id, title, headers, rows, rule, Set.of(), new java.util.HashSet<>());
    }

    /**
     * Like {@link #suppressed(String, String, List, List, SmallCells)} for a table of a report whose tables share
     * figures: a {@link Figure} whose id is in {@code linked} (withheld in another table) is withheld from the start,
     * and the id of every figure this table withholds is added to {@code withheld}.
     */
    static ReportTable suppressed(String id, String title, List<String> headers, List<List<Object>> rows,
            SmallCells rule, Set<String> linked, Set<String> withheld) {
        Long[][] counts = new Long[rows.size()][];
        boolean[][] before = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            counts[r] = row.stream().map(v -> v instanceof Long n ? n : v instanceof Figure f ? f.count() : null)
                    .toArray(Long[]::new);
            before[r] = new boolean[row.size()];
            for (int c = 0; c < row.size(); c++) {
                before[r][c] = row.get(c) == SUPPRESSED || row.get(c) instanceof Figure f && linked.contains(f.id());
            }
        }
        boolean[][] hidden = rule.suppress(counts, before);
        List<List<Object>> published = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean any = false;
            for (boolean h : hidden[r]) {
                any |= h;
            }
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                boolean hide = v == SUPPRESSED || hidden[r][c] || (any && v instanceof Derived);
                if (v instanceof Figure f) {
                    if (hide) {
                        withheld.add(f.id());
                    }
                    v = f.count();
                }
                row.add(hide ? SUPPRESSED : v);
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
