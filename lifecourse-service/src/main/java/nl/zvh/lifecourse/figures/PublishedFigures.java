package nl.zvh.lifecourse.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.lifecourse.candidates.ClosureReason;
import nl.zvh.lifecourse.cter.CterOutcome;
import nl.zvh.platform.figures.PublishedCounts;
import nl.zvh.platform.figures.SmallCells;

/**
 * The life-course figures as the API publishes them ({@link SmallCells}): a withheld count is {@code null} and named in
 * {@code suppressed}. The CTER outcomes are one line; capacity is a setting, not a count of persons.
 */
public record PublishedFigures(int year, Long candidates, Long inclusions, Long active, int capacity, Long cterCases,
        List<OutcomeCount> cterOutcomes, List<String> suppressed) {

    /** One outcome and how often the weighing team chose it ({@code null}: withheld). */
    public record OutcomeCount(CterOutcome outcome, Long weighings) {
    }

    static PublishedFigures of(LifecourseFigures.Figures f, SmallCells rule) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        f.cterOutcomes().forEach(o -> outcomes.put("cterOutcomes." + o.outcome(), o.weighings()));
        PublishedCounts counts = new PublishedCounts(rule).cell("candidates", f.candidates())
                .cell("inclusions", f.inclusions()).cell("active", f.active()).cell("cterCases", f.cterCases())
                .line(outcomes);
        List<OutcomeCount> published = f.cterOutcomes().stream()
                .map(o -> new OutcomeCount(o.outcome(), counts.get("cterOutcomes." + o.outcome()))).toList();
        return new PublishedFigures(f.year(), counts.get("candidates"), counts.get("inclusions"), counts.get("active"),
                f.capacity(), counts.get("cterCases"), published, counts.suppressed());
    }

    /**
     * Cohorts as published: per cohort, the entered, the still-in counts and who left (entered minus still in,
     * computable) are one line; the closure reasons are one line; the average duration goes with fewer than the
     * threshold closed periods.
     */
    public record PublishedCohorts(List<Cohort> cohorts, List<ReasonCount> closureReasons, Double averageDaysClosed,
            List<String> suppressed) {

        /** One cohort; a still-in count is {@code null} while not known or when withheld (then named). */
        public record Cohort(int year, Long entered, Long stillInAfter1, Long stillInAfter2, Long stillInAfter3) {
        }

        public record ReasonCount(ClosureReason reason, Long closed) {
        }

        static PublishedCohorts of(Cohorts.Figures f, SmallCells rule) {
            PublishedCounts counts = new PublishedCounts(rule);
            for (Cohorts.Cohort c : f.cohorts()) {
                Long[] stillIn = {c.stillInAfter1(), c.stillInAfter2(), c.stillInAfter3()};
                for (int i = 0; i < stillIn.length; i++) {
                    Map<String, Long> line = new LinkedHashMap<>();
                    line.put("cohorts." + c.year() + ".entered", c.entered());
                    if (stillIn[i] != null) {
                        line.put("cohorts." + c.year() + ".stillInAfter" + (i + 1), stillIn[i]);
                        line.put(PublishedCounts.UNPUBLISHED + c.year() + ".left" + (i + 1), c.entered() - stillIn[i]);
                    }
                    counts.line(line);
                }
            }
            Map<String, Long> reasons = new LinkedHashMap<>();
            f.closureReasons().forEach(r -> reasons.put("closureReasons." + r.reason(), r.closed()));
            counts.line(reasons);
            List<Cohort> cohorts = new ArrayList<>();
            for (Cohorts.Cohort c : f.cohorts()) {
                String k = "cohorts." + c.year() + ".";
                cohorts.add(new Cohort(c.year(), counts.get(k + "entered"), counts.get(k + "stillInAfter1"),
                        counts.get(k + "stillInAfter2"), counts.get(k + "stillInAfter3")));
            }
            long closed = f.closureReasons().stream().mapToLong(Cohorts.ReasonCount::closed).sum();
            return new PublishedCohorts(cohorts,
                    f.closureReasons().stream()
                            .map(r -> new ReasonCount(r.reason(), counts.get("closureReasons." + r.reason()))).toList(),
                    rule.small(closed) ? null : f.averageDaysClosed(), counts.suppressed());
        }
    }
}
