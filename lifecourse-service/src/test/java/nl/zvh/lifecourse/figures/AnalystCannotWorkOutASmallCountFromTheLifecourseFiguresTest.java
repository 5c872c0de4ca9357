package nl.zvh.lifecourse.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.lifecourse.candidates.ClosureReason;
import nl.zvh.lifecourse.cter.CterOutcome;
import nl.zvh.platform.figures.SmallCells;
import org.junit.jupiter.api.Test;

/**
 * The analyst's life-course figures hold no count from 1 to 4, and nothing that gives one away: not the other
 * outcomes of a total, not "entered minus still in" of a cohort, not an average of fewer than five durations.
 */
class AnalystCannotWorkOutASmallCountFromTheLifecourseFiguresTest {
    final SmallCells rule = new SmallCells(5);

    @Test
    void aSmallOutcomeAndTheNextSmallestAreWithheldAndNamed() {
        CterOutcome[] o = CterOutcome.values();
        List<LifecourseFigures.OutcomeCount> outcomes = new ArrayList<>();
        long[] weighings = {3, 12, 20};
        for (int i = 0; i < o.length; i++) {
            outcomes.add(new LifecourseFigures.OutcomeCount(o[i], i < weighings.length ? weighings[i] : 0));
        }
        PublishedFigures published = PublishedFigures
                .of(new LifecourseFigures.Figures(2026, 40, 2, 9, 15, 35, outcomes), rule);
        assertNull(published.cterOutcomes().get(0).weighings());
        assertNull(published.cterOutcomes().get(1).weighings(), "35 - 20 would give the 3");
        assertEquals(20L, published.cterOutcomes().get(2).weighings());
        assertNull(published.inclusions());
        assertEquals(40L, published.candidates());
        assertEquals(List.of("inclusions", "cterOutcomes." + o[0], "cterOutcomes." + o[1]), published.suppressed());
    }

    @Test
    void aCohortDoesNotGiveAwayTheFewWhoLeftNorAnAverageOfFewDurations() {
        LocalDate day = LocalDate.parse("2020-03-01");
        List<Cohorts.Period> periods = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // 12 included in 2020, 2 of them closed within a year
            periods.add(new Cohorts.Period(day, i < 2 ? day.plusMonths(6) : null,
                    i < 2 ? ClosureReason.values()[0] : null));
        }
        PublishedFigures.PublishedCohorts published = PublishedFigures.PublishedCohorts
                .of(Cohorts.of(periods, LocalDate.parse("2026-06-30")), rule);
        PublishedFigures.PublishedCohorts.Cohort c = published.cohorts().get(0);
        assertTrue(c.entered() == null || c.stillInAfter1() == null, "12 - 10 would give the 2 who left: " + c);
        assertNull(published.averageDaysClosed());
        assertNull(published.closureReasons().get(0).closed());
        assertTrue(published.suppressed().stream().noneMatch(n -> n.startsWith("~")),
                published.suppressed().toString());
    }
}
