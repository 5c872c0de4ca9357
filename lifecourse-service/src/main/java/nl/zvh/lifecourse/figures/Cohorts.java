package nl.zvh.lifecourse.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.zvh.lifecourse.candidates.ClosureReason;

/**
 * The house's life-course clients by year of inclusion, the way the houses report them ("178 entered, after two years
 * 40 still in"): per cohort how many entered and how many were still in one, two and three years after their own
 * inclusion (unknown until every client of the cohort has had that anniversary), the closure reasons and the average
 * duration of the closed periods. A pure computation over the periods, so hand-computed numbers can check it.
 */
public final class Cohorts {
    /** Years after inclusion the houses report. */
    static final int[] AFTER = {1, 2, 3};

    /** One period of the approach: included on, closed on (null while open) and why. */
    public record Period(LocalDate included, LocalDate closed, ClosureReason reason) {
    }

    /** One cohort; stillIn[n-1] is "still in after n years", null while not known. */
    public record Cohort(int year, long entered, Long stillInAfter1, Long stillInAfter2, Long stillInAfter3) {
    }

    public record ReasonCount(ClosureReason reason, long closed) {
    }

    /** The figures; averageDaysClosed null when no period was closed. */
    public record Figures(List<Cohort> cohorts, List<ReasonCount> closureReasons, Double averageDaysClosed) {
    }

    private Cohorts() {
    }

    public static Figures of(List<Period> periods, LocalDate today) {
        Map<Integer, List<Period>> byYear = new TreeMap<>();
        periods.forEach(p -> byYear.computeIfAbsent(p.included().getYear(), y -> new ArrayList<>()).add(p));
        List<Cohort> cohorts = new ArrayList<>();
        byYear.forEach((year, members) -> {
            Long[] stillIn = new Long[AFTER.length];
            for (int i = 0; i < AFTER.length; i++) {
                int n = AFTER[i];
                boolean known = !LocalDate.of(year + n + 1, 1, 1).isAfter(today);
                stillIn[i] = known ? members.stream().filter(p -> lasted(p, n)).count() : null;
            }
            cohorts.add(new Cohort(year, members.size(), stillIn[0], stillIn[1], stillIn[2]));
        });
        Map<ClosureReason, Long> reasons = new EnumMap<>(ClosureReason.class);
        for (ClosureReason r : ClosureReason.values()) {
            reasons.put(r, periods.stream().filter(p -> p.closed() != null && p.reason() == r).count());
        }
        List<ReasonCount> reasonCounts = reasons.entrySet().stream().map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .toList();
        double average = periods.stream().filter(p -> p.closed() != null)
                .mapToLong(p -> ChronoUnit.DAYS.between(p.included(), p.closed())).average().orElse(Double.NaN);
        return new Figures(cohorts, reasonCounts, Double.isNaN(average) ? null : Math.round(average * 10) / 10.0);
    }

    /** Still in n years after the own inclusion: not closed before that anniversary. */
    private static boolean lasted(Period p, int years) {
        LocalDate anniversary = p.included().plusYears(years);
        return p.closed() == null || !p.closed().isBefore(anniversary);
    }
}
