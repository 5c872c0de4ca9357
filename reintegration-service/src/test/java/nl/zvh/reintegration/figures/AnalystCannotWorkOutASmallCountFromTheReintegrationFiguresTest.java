package nl.zvh.reintegration.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * Tholen had 3 escalations, Bergen op Zoom 12 and Roosendaal 20; Tholen released 14, 12 of them with every condition
 * arranged. The analyst's rows withhold the 3 and the 12 escalations, and do not give away the 2 released unready.
 */
class AnalystCannotWorkOutASmallCountFromTheReintegrationFiguresTest {

    @Test
    void smallCountsAndWhatGivesThemAwayAreNullAndNamedInTheirRow() {
        List<PublishedRows.MunicipalityYear> rows = PublishedRows
                .of(List.of(new FiguresResource.MunicipalityYear("Tholen", 2026, 30, 14, 12, 3),
                        new FiguresResource.MunicipalityYear("Bergen op Zoom", 2026, 40, 20, 20, 12),
                        new FiguresResource.MunicipalityYear("Roosendaal", 2026, 50, 30, 30, 20)), new SmallCells(5));
        PublishedRows.MunicipalityYear tholen = rows.get(0);
        assertNull(tholen.escalations());
        assertNull(rows.get(1).escalations(), "the next smallest of the column");
        assertEquals(20L, rows.get(2).escalations());
        assertTrue(tholen.releases() == null || tholen.releasedWithAllConditionsArranged() == null,
                "14 - 12 would give the 2 released without every condition: " + tholen);
        assertTrue(tholen.suppressed().contains("escalations"), tholen.suppressed().toString());
        assertTrue(tholen.suppressed().stream().noneMatch(n -> n.startsWith("~")));
    }
}
