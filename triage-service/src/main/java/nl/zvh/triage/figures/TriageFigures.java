package nl.zvh.triage.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.triage.session.TriageConfig;

/** Triage figures of a house in a period: counts only, never persons (definitions in docs/figures.md). */
@ApplicationScoped
public class TriageFigures {

    /**
     * @param referralsTriaged      decisions taken in [from, to]
     * @param approachesByProgramme approaches started per programme in [from, to]
     * @param feedbackSameWeek      decisions taken in the week of their session
     * @param untriagedOn           referrals received and neither decided nor withdrawn at the end of {@code on}
     */
    public record Figures(String house, LocalDate from, LocalDate to, long referralsTriaged,
            Map<String, Long> approachesByProgramme, long advices, long noAction, long feedbackSameWeek, LocalDate on,
            long untriagedOn) {
    }

    @Inject
    EntityManager em;

    @Inject
    TriageConfig config;

    @Inject
    Clock clock;

    /**
     * @param from first day of the period (default: 1 January of {@code to}'s year)
     * @param to   last day of the period (default: today)
     * @param on   reference date of the untriaged count (default: today)
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Figures of(String house, LocalDate from, LocalDate to, LocalDate on) {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        LocalDate date = on == null ? today : on;
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        Instant startAt = startOf(start);
        Instant endAt = startOf(end.plusDays(1));
        List<Object[]> rows = em
                .createNativeQuery(
                        """
                                select outcome, coalesce(programme, ''), count(*),
                                       sum(case when date_trunc('week', decided_at at time zone ?4) = date_trunc('week', session_date::timestamp) then 1 else 0 end)
                                from triage_decision where house = ?1 and decided_at >= ?2 and decided_at < ?3
                                group by outcome, programme""")
                .setParameter(1, house).setParameter(2, startAt).setParameter(3, endAt)
                .setParameter(4, config.zone().getId()).getResultList();
        Map<String, Long> approaches = new TreeMap<>();
        long triaged = 0;
        long advices = 0;
        long noAction = 0;
        long sameWeek = 0;
        for (Object[] r : rows) {
            long n = ((Number) r[2]).longValue();
            triaged += n;
            sameWeek += ((Number) r[3]).longValue();
            switch ((String) r[0]) {
                case "APPROACH_STARTED" -> approaches.merge((String) r[1], n, Long::sum);
                case "ADVICE" -> advices += n;
                default -> noAction += n;
            }
        }
        Instant endOfOn = startOf(date.plusDays(1));
        long untriaged = ((Number) em.createNativeQuery("""
                select count(*) from triage_referral r left join triage_decision d on d.referral_id = r.referral_id
                where r.house = ?1 and r.received_at < ?2
                  and (r.withdrawn_at is null or r.withdrawn_at >= ?2)
                  and (d.decided_at is null or d.decided_at >= ?2)""").setParameter(1, house).setParameter(2, endOfOn)
                .getSingleResult()).longValue();
        return new Figures(house, start, end, triaged, approaches, advices, noAction, sameWeek, date, untriaged);
    }

    private Instant startOf(LocalDate date) {
        return date.atStartOfDay(config.zone()).toInstant();
    }
}
