package nl.zvh.platform.figures;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Percentages with one decimal, as every service's published figures show them. */
public final class Percentages {
    private Percentages() {
    }

    /** count / total × 100, rounded half up to one decimal; 0 when total is 0. */
    public static BigDecimal of(long count, long total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 1000L).divide(BigDecimal.valueOf(total), 0, java.math.RoundingMode.HALF_UP)
                .movePointLeft(1);
    }

    /**
     * Shares of a partition (the counts add up to the total) with one decimal that add up to exactly 100.0: each share
     * is floored to tenths, and the tenths still missing go to the largest remainders (Hamilton's method).
     */
    public static BigDecimal[] ofPartition(long[] counts) {
        long total = Arrays.stream(counts).sum();
        BigDecimal[] result = new BigDecimal[counts.length];
        if (total == 0) {
            Arrays.fill(result, BigDecimal.ZERO.setScale(1));
            return result;
        }
        long[] tenths = new long[counts.length];
        long[] remainders = new long[counts.length];
        long assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            tenths[i] = counts[i] * 1000L / total;
            remainders[i] = counts[i] * 1000L % total;
            assigned += tenths[i];
        }
        int[] order = IntStream.range(0, counts.length).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> remainders[i]).reversed()).mapToInt(Integer::intValue)
                .toArray();
        for (int k = 0; assigned < 1000; k++, assigned++) {
            tenths[order[k]]++;
        }
        for (int i = 0; i < counts.length; i++) {
            result[i] = BigDecimal.valueOf(tenths[i]).movePointLeft(1).setScale(1);
        }
        return result;
    }
}
