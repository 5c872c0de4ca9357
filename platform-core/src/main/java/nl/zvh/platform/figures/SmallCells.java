package nl.zvh.platform.figures;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The platform's one small-cell rule for every figure a person can read (services' figures APIs, the annual report
 * page, its CSV and PDF). Threshold {@value #PROPERTY} (default {@value #DEFAULT_MIN_CELL}; 0 switches it off), read
 * by the caller's configuration (a service's {@code @ConfigProperty}, the gateway's report settings).
 * <ol>
 * <li><b>Primary suppression</b>: a count from 1 to min-cell − 1 is not published (0 is: nobody is in it).</li>
 * <li><b>Secondary suppression</b> (CBS practice, as in τ-ARGUS; Hundepool et al., <i>Statistical Disclosure
 * Control</i>, 2012, §4.3): in every line of a table (each row
 * and each column of counts) a suppressed cell never stands alone, and the suppressed cells of a line add up to at
 * least min-cell; otherwise the smallest other non-zero count of that line is suppressed too, repeated until every
 * line is protected, so "total minus the others" gives at most a sum of two or more cells that is itself no small
 * count.</li>
 * <li><b>Derived values</b>: a percentage, difference or average computed from a suppressed count is suppressed
 * too.</li>
 * </ol>
 * Suppressed counts are published as {@code null} in JSON, named in the object's {@code suppressed} list
 * ({@link PublishedCounts}), and as {@link #MARK} in text outputs (the report page, CSV, PDF) with a legend.
 */
public final class SmallCells {
    /** The configuration property with the threshold. */
    public static final String PROPERTY = "zvh.figures.min-cell";
    public static final int DEFAULT_MIN_CELL = 5;
    /** How text outputs write a suppressed cell (CBS "verklaring van tekens": x = geheim). */
    public static final String MARK = "x";

    private final int minCell;

    public SmallCells(int minCell) {
        if (minCell < 0) {
            throw new IllegalArgumentException("min-cell must not be negative");
        }
        this.minCell = minCell;
    }

    public int minCell() {
        return minCell;
    }

    /** Whether this count is too small to publish on its own (primary suppression). */
    public boolean small(long count) {
        return count > 0 && count < minCell;
    }

    /**
     * Which cells of a table to suppress. {@code cells[r][c]} is a count, or {@code null} for a cell that is no count
     * (a label, a percentage); a row's counts and a column's counts are each one line.
     */
    public boolean[][] suppress(Long[][] cells) {
        return suppress(cells, new boolean[cells.length][0]);
    }

    /**
     * As {@link #suppress(Long[][])}, where {@code withheld[r][c]} marks a cell already withheld at its source (a
     * service's figures API): it counts as suppressed in its row and column.
     */
    public boolean[][] suppress(Long[][] counts, boolean[][] withheld) {
        Long[][] cells = new Long[counts.length][];
        boolean[][] hidden = new boolean[cells.length][];
        int columns = 0;
        for (int r = 0; r < cells.length; r++) {
            cells[r] = counts[r].clone();
            hidden[r] = new boolean[cells[r].length];
            columns = Math.max(columns, cells[r].length);
            for (int c = 0; c < cells[r].length; c++) {
                boolean source = c < withheld[r].length && withheld[r][c];
                hidden[r][c] = source || cells[r][c] != null && small(cells[r][c]);
                // a withheld cell is a cell of its lines; its source protected it, so it counts as min-cell
                cells[r][c] = source ? Long.valueOf(minCell) : cells[r][c];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < cells.length; r++) {
                changed |= protect(cells, hidden, r, -1, cells[r].length);
            }
            for (int c = 0; c < columns; c++) {
                changed |= protect(cells, hidden, -1, c, cells.length);
            }
        }
        return hidden;
    }

    /** Which counts of one line (a partition whose total is published) to suppress. */
    public boolean[] suppress(long... line) {
        Long[][] row = {Arrays.stream(line).boxed().toArray(Long[]::new)};
        return suppress(row)[0];
    }

    /** The count as published: {@code null} when suppressed. */
    public static Long published(long count, boolean suppressed) {
        return suppressed ? null : count;
    }

    /** Shares of a partition that add up to 100 ({@link Percentages#ofPartition}), {@code null} where suppressed. */
    public static BigDecimal[] shares(long[] counts, boolean[] suppressed) {
        BigDecimal[] shares = Percentages.ofPartition(counts);
        for (int i = 0; i < shares.length; i++) {
            shares[i] = suppressed[i] ? null : shares[i];
        }
        return shares;
    }

    /** A difference between two published counts; {@code null} when either is suppressed. */
    public static Long difference(Long now, Long before) {
        return now == null || before == null ? null : now - before;
    }

    /** Walks one line (row {@code r} or column {@code c}); true when it suppressed another cell. */
    private boolean protect(Long[][] cells, boolean[][] hidden, int r, int c, int length) {
        int suppressed = 0;
        long sum = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int row = r >= 0 ? r : i;
            int col = c >= 0 ? c : i;
            if (col >= cells[row].length || cells[row][col] == null) {
                continue;
            }
            if (hidden[row][col]) {
                suppressed++;
                sum += cells[row][col];
            } else if (cells[row][col] > 0 && (smallest < 0 || cells[row][col] < value(cells, r, c, smallest))) {
                smallest = i;
            }
        }
        boolean exposed = suppressed == 1 || suppressed > 1 && sum < minCell;
        if (!exposed || smallest < 0) {
            return false;
        }
        hidden[r >= 0 ? r : smallest][c >= 0 ? c : smallest] = true;
        return true;
    }

    private static long value(Long[][] cells, int r, int c, int i) {
        return r >= 0 ? cells[r][i] : cells[i][c];
    }
}
