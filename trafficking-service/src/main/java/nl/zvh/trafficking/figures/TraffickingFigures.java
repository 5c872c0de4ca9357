package nl.zvh.trafficking.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.zvh.platform.figures.Percentages;
import nl.zvh.trafficking.signal.ExploitationType;
import nl.zvh.trafficking.signal.SourceType;

/** Counts and percentages of a house's signals, approaches and shelter placements (never persons). */
@ApplicationScoped
public class TraffickingFigures {

    @Inject
    EntityManager em;

    /** The house's figures of {@code year}, of one municipality or (null) all of them. */
    @Transactional
    public Figures of(String house, int year, String municipality) {
        String where = municipality == null ? "" : municipality;
        String scope = " from signal s where s.house = ?1 and extract(year from s.received_on) = ?2"
                + " and (?3 = '' or s.municipality = ?3)";
        long total = number(single("select count(*)" + scope, house, year, where));

        List<Figures.TypeCount> perType = new ArrayList<>();
        List<Figures.TypeCount> perPrimary = new ArrayList<>();
        ExploitationType[] types = ExploitationType.values();
        long[] primaryCounts = new long[types.length];
        for (int i = 0; i < types.length; i++) {
            long count = number(single(
                    "select count(*)" + scope + " and exists (select 1 from "
                            + "signal_exploitation_type t where t.signal_id = s.id and t.type = ?4)",
                    house, year, where, types[i].name()));
            perType.add(new Figures.TypeCount(types[i].name(), count, Percentages.of(count, total)));
            primaryCounts[i] = number(single("select count(*)" + scope + " and s.primary_exploitation_type = ?4", house,
                    year, where, types[i].name()));
        }
        BigDecimal[] primaryPercents = Percentages.ofPartition(primaryCounts);
        for (int i = 0; i < types.length; i++) {
            perPrimary.add(new Figures.TypeCount(types[i].name(), primaryCounts[i], primaryPercents[i]));
        }

        long advices = number(single("select count(*)" + scope + " and s.outcome = 'ADVICE'", house, year, where));
        long approaches = number(
                single("select count(*)" + scope + " and s.outcome = 'COORDINATED_APPROACH'", house, year, where));
        List<Figures.Share> outcomes = shares(new String[]{"ADVICE", "COORDINATED_APPROACH", "UNDECIDED"},
                new long[]{advices, approaches, total - advices - approaches});

        SourceType[] sources = SourceType.values();
        long[] sourceCounts = new long[sources.length];
        for (int i = 0; i < sources.length; i++) {
            sourceCounts[i] = number(single("select count(*)" + scope + " and s.source_type = ?4", house, year, where,
                    sources[i].name()));
        }
        List<Figures.Share> sourceShares = shares(Arrays.stream(sources).map(Enum::name).toArray(String[]::new),
                sourceCounts);

        Object[] minors = (Object[]) single(
                "select count(*) filter (where s.minor), count(*) filter (where not s.minor),"
                        + " count(*) filter (where s.minor is null)" + scope,
                house, year, where);
        Object[] shelter = (Object[]) single("select count(r.id), count(r.id) filter (where r.placed_on is not null),"
                + " count(r.id) filter (where r.placed_on is not null and r.categorical),"
                + " count(r.id) filter (where r.status = 'REFUSED')"
                + " from signal s join approach a on a.signal_id = s.id join shelter_request r on r.approach_id = a.id"
                + " where s.house = ?1 and extract(year from s.received_on) = ?2"
                + " and (?3 = '' or s.municipality = ?3)", house, year, where);
        long reported = number(
                single("select count(*)" + scope + " and s.reported_to_national_centre", house, year, where));

        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("select s.municipality, count(*), count(*) filter (where s.outcome = 'ADVICE'),"
                + " count(*) filter (where s.outcome = 'COORDINATED_APPROACH'), count(*) filter (where s.minor)" + scope
                + " group by s.municipality order by s.municipality", house, year, where).getResultList();
        List<Figures.MunicipalityFigures> perMunicipality = rows.stream()
                .map(r -> new Figures.MunicipalityFigures((String) r[0], number(r[1]), number(r[2]), number(r[3]),
                        number(r[4])))
                .toList();

        return new Figures(house, year, where, total, Figures.COUNTING_RULE, perType, perPrimary, outcomes,
                sourceShares, new Figures.Minors(number(minors[0]), number(minors[1]), number(minors[2])),
                new Figures.Shelter(number(shelter[0]), number(shelter[1]), number(shelter[2]), number(shelter[3])),
                reported, perMunicipality, signalsTable(house, year), awareness(house, year));
    }

    /** Sessions of the signals table and the signals they discussed, per quarter of {@code year} (all four). */
    private List<Figures.SignalsTableQuarter> signalsTable(String house, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select q.quarter, count(distinct t.id), count(d.signal_id)
                from generate_series(1, 4) as q(quarter)
                left join signals_table_session t on t.house = ?1 and extract(year from t.held_on) = ?2
                    and extract(quarter from t.held_on) = q.quarter
                left join signals_table_signal d on d.session_id = t.id
                group by q.quarter order by q.quarter""", house, year).getResultList();
        return rows.stream().map(r -> new Figures.SignalsTableQuarter((int) number(r[0]), number(r[1]), number(r[2])))
                .toList();
    }

    private Figures.Awareness awareness(String house, int year) {
        Object[] row = (Object[]) single("select count(*), coalesce(sum(participants), 0) from awareness_session"
                + " where house = ?1 and extract(year from held_on) = ?2", house, year);
        return new Figures.Awareness(number(row[0]), number(row[1]));
    }

    private static List<Figures.Share> shares(String[] keys, long[] counts) {
        BigDecimal[] percents = Percentages.ofPartition(counts);
        List<Figures.Share> shares = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            shares.add(new Figures.Share(keys[i], counts[i], percents[i]));
        }
        return shares;
    }

    private Object single(String sql, Object... parameters) {
        return query(sql, parameters).getSingleResult();
    }

    private jakarta.persistence.Query query(String sql, Object... parameters) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
