package nl.zvh.triage.effect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.triage.decision.Decision;
import nl.zvh.triage.decision.Outcome;
import nl.zvh.triage.queue.TriagePerson;
import nl.zvh.triage.session.TriageConfig;

/**
 * Does the approach work? Per programme and category: the average number of incident reports per person per quarter
 * in the {@value #WINDOW} quarters before the quarter the table started the approach and in the {@value #WINDOW}
 * after it (the start quarter itself counts for neither), over the quarters the partners reported (a reported 0
 * counts; a quarter nobody reported does not). A person counts from the earliest approach of the programme. A line
 * of fewer persons than the small-cell threshold is withheld whole.
 */
@ApplicationScoped
public class EffectFigures {
    public static final int WINDOW = 4;

    /** One side of the start: person-quarters reported, their reports, the average (null: nothing reported). */
    public record Period(Long personQuarters, Long reports, BigDecimal averagePerPersonPerQuarter) {
    }

    /** One programme and category; {@code persons}: persons in the approach with any count in either window. */
    public record Line(String programme, IncidentCategory category, Long persons, Period before, Period after) {
    }

    public record Published(String house, int window, List<Line> lines, List<String> suppressed) {
    }

    @Inject
    TriageConfig config;

    @Transactional
    public Published of(String house, SmallCells rule) {
        // the quarter each person's approach started, per programme (the earliest)
        Map<String, Map<UUID, LocalDate>> starts = new TreeMap<>();
        for (Decision d : Decision.<Decision>list("house = ?1 and outcome = ?2", house, Outcome.APPROACH_STARTED)) {
            LocalDate quarter = Quarters.of(d.decidedAt.atZone(config.zone()).toLocalDate());
            for (TriagePerson p : TriagePerson.<TriagePerson>list("referral.referralId = ?1 and role = 'MAIN'",
                    d.referralId)) {
                starts.computeIfAbsent(String.valueOf(d.programme), k -> new HashMap<>()).merge(p.personId(), quarter,
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        // counts per person, category and quarter (summed over the partners that counted)
        Map<UUID, Map<IncidentCategory, Map<LocalDate, Long>>> counts = new HashMap<>();
        for (IncidentCount c : IncidentCount.<IncidentCount>list("house", house)) {
            counts.computeIfAbsent(c.personId, k -> new HashMap<>()).computeIfAbsent(c.category, k -> new TreeMap<>())
                    .merge(c.quarterStart, (long) c.count, Long::sum);
        }
        List<Line> lines = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        starts.forEach((programme, persons) -> {
            for (IncidentCategory category : IncidentCategory.values()) {
                long[] before = new long[2];
                long[] after = new long[2];
                Set<UUID> counted = new HashSet<>();
                persons.forEach((person, start) -> counts.getOrDefault(person, Map.of())
                        .getOrDefault(category, Map.of()).forEach((quarter, n) -> {
                            long offset = Quarters.between(start, quarter);
                            long[] side = offset >= -WINDOW && offset < 0
                                    ? before
                                    : offset > 0 && offset <= WINDOW ? after : null;
                            if (side != null) {
                                side[0]++;
                                side[1] += n;
                                counted.add(person);
                            }
                        }));
                if (counted.isEmpty()) {
                    continue;
                }
                if (rule.small(counted.size())) {
                    suppressed.add(programme + "." + category);
                    lines.add(new Line(programme, category, null, new Period(null, null, null),
                            new Period(null, null, null)));
                } else {
                    lines.add(new Line(programme, category, (long) counted.size(), period(before), period(after)));
                }
            }
        });
        return new Published(house, WINDOW, lines, suppressed);
    }

    private static Period period(long[] side) {
        return new Period(side[0], side[1],
                side[0] == 0
                        ? null
                        : BigDecimal.valueOf(side[1]).divide(BigDecimal.valueOf(side[0]), 2, RoundingMode.HALF_UP));
    }
}
