package nl.zvh.lifecourse.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.lifecourse.candidates.ClosureReason;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.lifecourse.cter.CterOutcome;

/**
 * Counts a house's life-course and CTER year: candidates, inclusions, active vs capacity, CTER cases and outcomes. Each
 * count reads the record's own dates (created_at, decided_at, included_at), so clients imported from the previous
 * system count in their own year.
 */
@ApplicationScoped
public class LifecourseFigures {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** One outcome and how often the weighing team chose it in the year. */
    public record OutcomeCount(CterOutcome outcome, long weighings) {
    }

    /** The figures of one house and year. */
    public record Figures(int year, long candidates, long inclusions, long active, int capacity, long cterCases,
            List<OutcomeCount> cterOutcomes) {
    }

    @Inject
    EntityManager em;

    @Inject
    Candidates candidates;

    @Inject
    LifecourseConfig config;

    @Transactional
    public Figures of(String house, int year) {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(NL).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(NL).toOffsetDateTime();
        long proposed = count(
                "select count(*) from candidate where house = ?1 and created_at >= ?2" + " and created_at < ?3", house,
                from, to);
        long inclusions = count("select count(*) from inclusion_decision d join inclusion_session s on s.id ="
                + " d.session_id where s.house = ?1 and d.decision = 'INCLUDED' and d.decided_at >= ?2"
                + " and d.decided_at < ?3", house, from, to)
                // clients taken over from the previous system were included there, without a decision here
                + count("select count(*) from candidate where house = ?1 and source = '" + Candidates.IMPORTED + "'"
                        + " and included_at >= ?2 and included_at < ?3", house, from, to);
        long cterCases = count(
                "select count(*) from cter_person where house = ?1 and reported_at >= ?2" + " and reported_at < ?3",
                house, from, to);
        List<OutcomeCount> outcomes = new ArrayList<>();
        for (CterOutcome outcome : CterOutcome.values()) {
            outcomes.add(new OutcomeCount(outcome,
                    count("select count(*) from cter_weighing w join cter_session s"
                            + " on s.id = w.session_id where s.house = ?1 and w.decided_at >= ?2 and w.decided_at < ?3"
                            + " and w.outcome = '" + outcome.name() + "'", house, from, to)));
        }
        return new Figures(year, proposed, inclusions, candidates.active(house), config.capacity(house), cterCases,
                outcomes);
    }

    /** The house's periods of the approach (erased clients included: figures outlive names), as cohort figures. */
    @Transactional
    public Cohorts.Figures cohorts(String house, LocalDate today) {
        List<?> rows = em.createNativeQuery("select included_at, closed_at, closure_reason from candidate"
                + " where house = ?1 and included_at is not null").setParameter(1, house).getResultList();
        List<Cohorts.Period> periods = rows.stream().map(Object[].class::cast).map(r -> new Cohorts.Period(date(r[0]),
                date(r[1]), r[2] == null ? null : ClosureReason.valueOf(r[2].toString()))).toList();
        return Cohorts.of(periods, today);
    }

    private static LocalDate date(Object timestamp) {
        if (timestamp == null) {
            return null;
        }
        Instant at = timestamp instanceof OffsetDateTime o ? o.toInstant() : (Instant) timestamp;
        return at.atZone(NL).toLocalDate();
    }

    private long count(String sql, String house, OffsetDateTime from, OffsetDateTime to) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, house).setParameter(2, from).setParameter(3, to)
                .getSingleResult()).longValue();
    }
}
