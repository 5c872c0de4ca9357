package nl.zvh.intake.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The advice and information questions of a house in one year (by the moment they were asked, Europe/Amsterdam),
 * optionally one municipality, as the houses report them ("adviesvragen", "vragen aan het informatieknooppunt"):
 * asked per kind, answered, became a referral, and the minutes the house spent. Aggregates only.
 */
@ApplicationScoped
public class QuestionFigures {

    /** One municipality's (or the year's) questions. */
    public record Row(String municipality, long asked, long advice, long information, long answered,
            long becameReferral, long minutesSpent) {
    }

    /** The year's questions and each municipality's. */
    public record Counts(Row total, List<Row> perMunicipality) {
    }

    @Inject
    EntityManager em;

    @Transactional
    @SuppressWarnings("unchecked")
    public Counts of(String house, int year, String municipality) {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(ReferralFigures.NL).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(ReferralFigures.NL).toOffsetDateTime();
        List<Object[]> rows = em.createNativeQuery("""
                select q.municipality, count(*),
                       count(*) filter (where q.kind = 'ADVICE'), count(*) filter (where q.kind = 'INFORMATION'),
                       count(q.answered_at), count(q.referral_id), coalesce(sum(q.minutes_spent), 0)
                from question q where q.house = ?1 and q.asked_at >= ?2 and q.asked_at < ?3
                  and (?4 = '' or q.municipality = ?4)
                group by q.municipality""").setParameter(1, house).setParameter(2, from).setParameter(3, to)
                .setParameter(4, municipality == null ? "" : municipality).getResultList();
        Map<String, Row> perMunicipality = new TreeMap<>();
        long[] total = new long[6];
        for (Object[] r : rows) {
            long[] n = new long[6];
            for (int i = 0; i < 6; i++) {
                n[i] = ((Number) r[i + 1]).longValue();
                total[i] += n[i];
            }
            perMunicipality.put((String) r[0], new Row((String) r[0], n[0], n[1], n[2], n[3], n[4], n[5]));
        }
        return new Counts(new Row(null, total[0], total[1], total[2], total[3], total[4], total[5]),
                new ArrayList<>(perMunicipality.values()));
    }
}
