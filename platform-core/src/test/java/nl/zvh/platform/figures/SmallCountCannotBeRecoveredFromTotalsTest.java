package nl.zvh.platform.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Counts 3, 12 and 20 with total 35: neither the 3 nor a number that gives it away is published. */
class SmallCountCannotBeRecoveredFromTotalsTest {
    final SmallCells rule = new SmallCells(5);

    @Test
    void theSmallCellAndTheNextSmallestAreBothSuppressedSoTheTotalGivesOnlyTheirSum() {
        boolean[] hidden = rule.suppress(3, 12, 20);
        assertArrayEquals(new boolean[]{true, true, false}, hidden);
        // what a reader can compute from the published total: 35 - 20 = 15 = 3 + 12, not the 3
    }

    @Test
    void twoSmallCellsThatAddUpToASmallCountTakeAThirdWithThem() {
        // 1 + 2 = 43 - 40 would say both are tiny: the 40 goes too
        assertArrayEquals(new boolean[]{true, true, false, true}, rule.suppress(1, 2, 50, 40));
    }

    @Test
    void sharesOfSuppressedCellsAreSuppressedAndTheOthersDoNotAddUpToTheMissingOne() {
        long[] counts = {3, 12, 20};
        BigDecimal[] shares = SmallCells.shares(counts, rule.suppress(counts));
        assertNull(shares[0]);
        assertNull(shares[1]);
        assertEquals(new BigDecimal("57.1"), shares[2]);
    }

    @Test
    void aDifferenceWithASuppressedYearIsSuppressed() {
        assertNull(SmallCells.difference(SmallCells.published(3, true), 9L));
        assertEquals(-6L, SmallCells.difference(3L, 9L));
    }

    @Test
    void rowsAndColumnsAreProtectedTogether() {
        // quarters × outcome: the 2 is alone in its row and in its column at first
        Long[][] table = {{10L, 2L, 30L}, {11L, 40L, 50L}, {null, 7L, 9L}};
        boolean[][] hidden = rule.suppress(table);
        for (int r = 0; r < table.length; r++) {
            assertTrue(count(hidden[r]) != 1, "row " + r + " has a lone suppressed cell");
        }
        for (int c = 0; c < 3; c++) {
            int n = 0;
            for (boolean[] row : hidden) {
                n += row[c] ? 1 : 0;
            }
            assertTrue(n != 1, "column " + c + " has a lone suppressed cell");
        }
        assertTrue(hidden[0][1]);
    }

    @Test
    void zerosAndLargeCountsStayAndZeroSwitchesItOff() {
        assertArrayEquals(new boolean[]{false, false}, rule.suppress(0, 12));
        assertArrayEquals(new boolean[]{false, false, false}, new SmallCells(0).suppress(3, 12, 20));
    }

    @Test
    void anApiPublishesNullsAndNamesThemWhereLinesShareACell() {
        PublishedCounts counts = new PublishedCounts(rule)
                .line(java.util.Map.of("approaches", 3L, "advices", 12L, "noAction", 20L))
                .line(java.util.Map.of("advices", 12L, "advicesLastYear", 30L)).cell("untriaged", 2);
        assertNull(counts.get("approaches"));
        assertNull(counts.get("advices"));
        assertEquals(20L, counts.get("noAction"));
        // advices is withheld, so its other line withholds last year's too
        assertNull(counts.get("advicesLastYear"));
        assertNull(counts.get("untriaged"));
        assertEquals(java.util.Set.of("approaches", "advices", "advicesLastYear", "untriaged"),
                java.util.Set.copyOf(counts.suppressed()));
    }

    private static int count(boolean[] cells) {
        int n = 0;
        for (boolean b : cells) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
