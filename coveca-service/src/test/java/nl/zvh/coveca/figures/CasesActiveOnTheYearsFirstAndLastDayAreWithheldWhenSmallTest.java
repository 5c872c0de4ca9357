package nl.zvh.coveca.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * The cases active on 1 January and on 31 December follow the same small-cell rule as the other counts: with the rule
 * at 5, a 3 is withheld (null, named in {@code suppressed}) while a 0 and a 12 are published; all years (no reference
 * days) publish neither, without naming them as withheld.
 */
class CasesActiveOnTheYearsFirstAndLastDayAreWithheldWhenSmallTest {

    @Test
    void aSmallReferenceDayCountIsWithheldAndZeroAndLargeArePublished() {
        PublishedCovecaFigures small = PublishedCovecaFigures.of(view(3L, 12L), new SmallCells(5));
        assertNull(small.activeOnJanuary1());
        assertEquals(12L, small.activeOnDecember31());
        assertTrue(small.suppressed().contains("activeOnJanuary1"));
        assertTrue(!small.suppressed().contains("activeOnDecember31"));

        PublishedCovecaFigures none = PublishedCovecaFigures.of(view(0L, 0L), new SmallCells(5));
        assertEquals(0L, none.activeOnJanuary1());
        assertEquals(0L, none.activeOnDecember31());
    }

    @Test
    void allYearsHaveNoReferenceDays() {
        PublishedCovecaFigures all = PublishedCovecaFigures.of(view(null, null), new SmallCells(5));
        assertNull(all.activeOnJanuary1());
        assertNull(all.activeOnDecember31());
        assertTrue(all.suppressed().stream().noneMatch(s -> s.startsWith("activeOn")));
    }

    private static FiguresView view(Long january1, Long december31) {
        return new FiguresView("h", List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), 0, Map.of(), 0,
                List.of(), Map.of(), january1, december31);
    }
}
