package nl.zvh.coveca.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * The group figures under the platform's small-cell rule (min-cell 5): in a year, a municipality's 2 members are
 * withheld and, as the municipalities are the parts of the year's total, so is the next smallest count (6) of that
 * year's members; the groups (1 and 1) are withheld in their own line; another year's larger counts are published.
 */
class SmallGroupCountsAreWithheldPerYearTest {

    @Test
    void aSmallMemberCountAndTheOneThatGivesItAwayAreNull() {
        FiguresView f = new FiguresView("h", List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), 0, Map.of(),
                0,
                List.of(new FiguresView.GroupYear(2025, "Breda", 1, 5, 2),
                        new FiguresView.GroupYear(2025, "Etten-Leur", 1, 5, 6),
                        new FiguresView.GroupYear(2025, "Zundert", 7, 9, 40),
                        new FiguresView.GroupYear(2026, "Breda", 6, 8, 12)));
        PublishedCovecaFigures p = PublishedCovecaFigures.of(f, new SmallCells(5));
        PublishedCovecaFigures.GroupYear breda = p.groups().get(0);
        PublishedCovecaFigures.GroupYear etten = p.groups().get(1);
        assertNull(breda.members());
        assertNull(etten.members(), "6 would give the 2 away from the year's total");
        assertEquals(40L, p.groups().get(2).members());
        assertNull(breda.groups());
        assertNull(etten.groups());
        assertEquals(5L, breda.subgroups());
        assertEquals(12L, p.groups().get(3).members());
        assertTrue(p.suppressed().contains("groups.2025.Breda.members"), p.suppressed().toString());
        assertTrue(p.suppressed().contains("groups.2025.Etten-Leur.members"), p.suppressed().toString());
    }
}
