package nl.zvh.lifecourse.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import nl.zvh.lifecourse.candidates.ClosureReason;
import nl.zvh.lifecourse.figures.Cohorts.Cohort;
import nl.zvh.lifecourse.figures.Cohorts.Period;
import nl.zvh.lifecourse.figures.Cohorts.ReasonCount;
import org.junit.jupiter.api.Test;

/**
 * A replayed set of six clients of a house, counted by hand on 6 December 2026: per year of inclusion how many entered
 * and were still in one, two and three years after their own inclusion (unknown until every client of the year has
 * had that anniversary), the closure reasons, and the average duration of the closed periods in days.
 */
class CohortFiguresMatchHandComputedNumbersTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void cohortsAsTheHousesReportThem() {
        List<Period> replayed = List.of(new Period(LocalDate.of(2022, 3, 1), null, null), // A: open
                new Period(LocalDate.of(2022, 6, 1), LocalDate.of(2023, 1, 1), ClosureReason.STABLE), // B: 214 days
                new Period(LocalDate.of(2022, 9, 1), LocalDate.of(2024, 10, 1), ClosureReason.MOVED), // C: 761 days
                new Period(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 11), ClosureReason.DECEASED), // D: 10 days
                new Period(LocalDate.of(2023, 5, 1), null, null), // E: open
                new Period(LocalDate.of(2025, 1, 15), null, null)); // F: open

        Cohorts.Figures figures = Cohorts.of(replayed, TODAY);

        // 2022: A, B, C entered; after 1 year A and C (B left after 7 months), after 2 years A and C (C left after
        // 2 years and 1 month), after 3 years A only
        assertEquals(new Cohort(2022, 3, 2L, 2L, 1L), figures.cohorts().get(0));
        // 2023: D, E entered; after 1 and 2 years E; after 3 years not known before 1 January 2027
        assertEquals(new Cohort(2023, 2, 1L, 1L, null), figures.cohorts().get(1));
        // 2025: F entered; nothing known before 1 January 2027
        assertEquals(new Cohort(2025, 1, null, null, null), figures.cohorts().get(2));
        assertEquals(3, figures.cohorts().size());

        assertEquals(List.of(new ReasonCount(ClosureReason.STABLE, 1), new ReasonCount(ClosureReason.MOVED, 1),
                new ReasonCount(ClosureReason.DETAINED, 0), new ReasonCount(ClosureReason.DECEASED, 1),
                new ReasonCount(ClosureReason.OTHER, 0)), figures.closureReasons());
        // (214 + 761 + 10) / 3 = 328.33
        assertEquals(328.3, figures.averageDaysClosed());
    }

    @Test
    void aHouseWithoutClosuresHasNoAverage() {
        Cohorts.Figures figures = Cohorts.of(List.of(new Period(LocalDate.of(2026, 1, 5), null, null)), TODAY);
        assertNull(figures.averageDaysClosed());
        assertEquals(new Cohort(2026, 1, null, null, null), figures.cohorts().get(0));
    }
}
