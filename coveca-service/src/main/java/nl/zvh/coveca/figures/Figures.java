package nl.zvh.coveca.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates per house, computed in the database; nothing here identifies a person. */
@ApplicationScoped
public class Figures {
    static final String[] AGE_BANDS = {"<18", "18-23", "24-40", "41-65", ">65"};
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Inject
    EntityManager em;

    public FiguresView of(String house) {
        return new FiguresView(house, quarters(house),
                counts("""
                        select c.sub_approach, count(distinct p.person_id) from coveca_case c
                        join case_person p on p.case_id = c.id where c.house = ?1 group by c.sub_approach
                        order by 1""", house),
                counts("""
                        select c.sub_approach, count(*) from network_meeting m join coveca_case c on c.id = m.case_id
                        where c.house = ?1 and m.status = 'HELD' group by c.sub_approach order by 1""", house),
                averages(house),
                counts("""
                        select closure_reason, count(*) from coveca_case where house = ?1 and status = 'CLOSED'
                        group by closure_reason order by 1""", house),
                ageBands(house),
                ((Number) em.createNativeQuery("""
                        select count(distinct p.person_id) from coveca_case c join case_person p on p.case_id = c.id
                        where c.house = ?1 and p.date_of_birth is not null
                          and date_part('year', age(c.start_date, p.date_of_birth)) < 18""")
                        .setParameter(1, house).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<FiguresView.Quarter> quarters(String house) {
        List<Object[]> rows = em.createNativeQuery(
                        "select start_date, closed_at from coveca_case where house = ?1 order by start_date")
                .setParameter(1, house).getResultList();
        List<FiguresView.Quarter> quarters = new ArrayList<>();
        if (rows.isEmpty()) {
            return quarters;
        }
        LocalDate today = LocalDate.now(NL);
        LocalDate first = quarterStart(toDate(rows.get(0)[0]));
        for (LocalDate q = first; !q.isAfter(today); q = q.plusMonths(3)) {
            LocalDate start = q;
            LocalDate end = q.plusMonths(3).minusDays(1);
            long started = rows.stream().map(r -> toDate(r[0])).filter(d -> !d.isBefore(start) && !d.isAfter(end))
                    .count();
            long active = rows.stream().filter(r -> !toDate(r[0]).isAfter(end)
                    && (r[1] == null || !closedOn(r[1]).isBefore(start))).count();
            quarters.add(new FiguresView.Quarter(start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1),
                    started, active));
        }
        return quarters;
    }

    @SuppressWarnings("unchecked")
    private List<FiguresView.DomainAverage> averages(String house) {
        List<Object[]> rows = em.createNativeQuery("""
                        select r.round_no, s.life_domain, avg(s.score), count(*) from monitoring_round r
                        join monitoring_score s on s.round_id = r.id join coveca_case c on c.id = r.case_id
                        where c.house = ?1 group by r.round_no, s.life_domain order by r.round_no, s.life_domain""")
                .setParameter(1, house).getResultList();
        return rows.stream().map(r -> new FiguresView.DomainAverage(((Number) r[0]).intValue(), (String) r[1],
                new BigDecimal(r[2].toString()).setScale(2, RoundingMode.HALF_UP).doubleValue(),
                ((Number) r[3]).longValue())).toList();
    }

    private Map<String, Long> ageBands(String house) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : AGE_BANDS) {
            bands.put(band, 0L);
        }
        counts("""
                select case when a < 18 then '<18' when a <= 23 then '18-23' when a <= 40 then '24-40'
                            when a <= 65 then '41-65' else '>65' end, count(*)
                from (select date_part('year', age(c.start_date, p.date_of_birth)) a from coveca_case c
                      join case_person p on p.case_id = c.id
                      where c.house = ?1 and p.role = 'MAIN' and p.date_of_birth is not null) ages
                group by 1""", house).forEach(bands::put);
        return bands;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String sql, String house) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, house).getResultList();
        rows.forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    private static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static LocalDate closedOn(Object value) {
        if (value instanceof java.time.Instant i) {
            return i.atZone(NL).toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(NL).toLocalDate();
        }
        return ((java.sql.Timestamp) value).toInstant().atZone(NL).toLocalDate();
    }
}
