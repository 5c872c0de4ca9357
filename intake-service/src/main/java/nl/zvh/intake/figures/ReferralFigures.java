package nl.zvh.intake.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.zvh.platform.figures.Percentages;

/**
 * Computes {@link IntakeFigures} in the database, reproducibly: the period is decided by {@code submitted_at}
 * (Europe/Amsterdam), the outcome by {@code decided_at}/{@code withdrawn_at} before the end of the reference date.
 */
@ApplicationScoped
public class ReferralFigures {
    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    static final String[] DOMAINS = {"JUSTICE", "CARE", "MUNICIPALITY", "YOUTH", "HOUSING", "OTHER"};
    static final String[] QUARTERS = {"Q1", "Q2", "Q3", "Q4"};

    @Inject
    EntityManager em;

    Clock clock = Clock.system(NL);

    @Transactional
    @SuppressWarnings("unchecked")
    public IntakeFigures of(String house, int year, String municipality, LocalDate reference) {
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(NL).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(NL).toOffsetDateTime();
        LocalDate today = LocalDate.now(clock);
        LocalDate on = reference != null ? reference : (today.getYear() > year ? LocalDate.of(year, 12, 31) : today);
        String where = municipality == null ? "" : municipality;
        OffsetDateTime endOfOn = on.plusDays(1).atStartOfDay(NL).toOffsetDateTime();
        String scope = " from referral r where r.house = ?1 and r.submitted_at >= ?2 and r.submitted_at < ?3"
                + " and (?4 = '' or r.municipality = ?4)";
        List<Object[]> rows = query("""
                select r.municipality, extract(quarter from r.submitted_at at time zone 'Europe/Amsterdam')::int,
                       coalesce(r.referrer_domain, 'OTHER'), r.referrer_organisation,
                       case when r.decided_at < ?5 then r.outcome
                            when r.withdrawn_at < ?5 then 'WITHDRAWN' else 'UNTRIAGED' end,
                       coalesce(r.outcome_programme, ''), count(*)""" + scope + " group by 1, 2, 3, 4, 5, 6", house,
                from, to, where, endOfOn).getResultList();

        long total = 0;
        long[] outcome = new long[5];
        Map<String, Long> programmes = new TreeMap<>();
        long[][] quarters = new long[4][4];
        Map<String, long[]> municipalities = new TreeMap<>();
        Map<String, Long> domains = new LinkedHashMap<>();
        for (String d : DOMAINS) {
            domains.put(d, 0L);
        }
        Map<String, Long> organisations = new TreeMap<>();
        for (Object[] r : rows) {
            long n = ((Number) r[6]).longValue();
            int kind = kind((String) r[4]);
            total += n;
            outcome[kind] += n;
            if (kind == 0) {
                programmes.merge((String) r[5], n, Long::sum);
            }
            add(quarters[((Number) r[1]).intValue() - 1], kind, n);
            add(municipalities.computeIfAbsent((String) r[0], k -> new long[4]), kind, n);
            domains.merge(domains.containsKey((String) r[2]) ? (String) r[2] : "OTHER", n, Long::sum);
            organisations.merge((String) r[3], n, Long::sum);
        }
        List<IntakeFigures.Quarter> perQuarter = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            perQuarter.add(new IntakeFigures.Quarter(QUARTERS[q], quarters[q][0], quarters[q][1], quarters[q][2],
                    quarters[q][3]));
        }
        List<IntakeFigures.MunicipalityRow> perMunicipality = new ArrayList<>();
        municipalities
                .forEach((m, c) -> perMunicipality.add(new IntakeFigures.MunicipalityRow(m, c[0], c[1], c[2], c[3])));

        List<Object[]> areas = query("select a.code, count(*)"
                + scope.replace(" where ", " join referral_problem_area a on a.referral_id = r.id where ")
                + " group by a.code order by a.code", house, from, to, where).getResultList();
        List<IntakeFigures.Share> problemAreas = new ArrayList<>();
        for (Object[] a : areas) {
            long n = ((Number) a[1]).longValue();
            problemAreas.add(new IntakeFigures.Share((String) a[0], n, Percentages.of(n, total)));
        }
        return new IntakeFigures(house, year, municipality, on, total,
                new IntakeFigures.Outcomes(outcome[0], outcome[1], outcome[2], outcome[3], outcome[4]), programmes,
                perQuarter, perMunicipality, partition(domains), partition(organisations), problemAreas);
    }

    /** 0 approach, 1 advice, 2 no action, 3 withdrawn, 4 untriaged. */
    private static int kind(String state) {
        return switch (state) {
            case "APPROACH_STARTED" -> 0;
            case "ADVICE" -> 1;
            case "WITHDRAWN" -> 3;
            case "UNTRIAGED" -> 4;
            default -> 2;
        };
    }

    /** Per row: referrals, approaches, advices, untriaged. */
    private static void add(long[] row, int kind, long n) {
        row[0] += n;
        if (kind == 0) {
            row[1] += n;
        } else if (kind == 1) {
            row[2] += n;
        } else if (kind == 4) {
            row[3] += n;
        }
    }

    private static List<IntakeFigures.Share> partition(Map<String, Long> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        long[] values = keys.stream().mapToLong(counts::get).toArray();
        var percents = Percentages.ofPartition(values);
        List<IntakeFigures.Share> shares = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            shares.add(new IntakeFigures.Share(keys.get(i), values[i], percents[i]));
        }
        return shares;
    }

    private Query query(String sql, Object... parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q;
    }
}
