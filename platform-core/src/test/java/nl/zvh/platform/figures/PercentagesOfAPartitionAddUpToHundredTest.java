package nl.zvh.platform.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Shares rounded to one decimal add up to exactly 100.0 (largest remainder), e.g. three equal parts are
 * 33.4 + 33.3 + 33.3; De Markiezaten's 2022 signals (20 sexual, 10 criminal, 6 labour, 1 unclear of 37) come out as
 * 54.1 / 27.0 / 16.2 / 2.7.
 */
class PercentagesOfAPartitionAddUpToHundredTest {

    @Test
    void sharesAddUpToExactlyHundred() {
        assertArrayEquals(decimals("33.4", "33.3", "33.3"), Percentages.ofPartition(new long[]{1, 1, 1}));
        assertArrayEquals(decimals("54.1", "27.0", "16.2", "2.7"), Percentages.ofPartition(new long[]{20, 10, 6, 1}));
        assertArrayEquals(decimals("0.0", "0.0"), Percentages.ofPartition(new long[]{0, 0}));
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            long[] counts = random.longs(1 + random.nextInt(8), 0, 50).toArray();
            if (Arrays.stream(counts).sum() == 0) {
                continue;
            }
            BigDecimal total = Arrays.stream(Percentages.ofPartition(counts)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(new BigDecimal("100.0"), total, Arrays.toString(counts));
        }
    }

    @Test
    void percentOfTotalRoundsHalfUp() {
        assertEquals(new BigDecimal("42.9"), Percentages.of(3, 7));
        assertEquals(new BigDecimal("0.0"), Percentages.of(0, 0));
        assertEquals(new BigDecimal("100.0"), Percentages.of(4, 4));
    }

    private static BigDecimal[] decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }
}
