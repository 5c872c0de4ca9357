package nl.zvh.coveca.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    @Inject
    GroupFigures groups;

    /** All years of the house. */
    public FiguresView of(String house) {
        return of(house, null);
    }

    /**
     * The house's figures of one calendar year (all years when {@code year} is null): cases active in the year
     * (started before its end, not closed before its start) for persons, meetings held in the year, closures in the
     * year, main persons of cases started in the year for ages, minors and gender, monitoring rounds scored in the year; cases started in the year crossing
     * municipality borders (a receiving municipality other than the case's municipality); groups, subgroups and
     * members per year and municipality ({@link GroupFigures}); cases started in the year per source (taken over from
     * another house: HANDOVER; taken over from the previous system: IMPORTED); of one year the cases active on
     * 1 January (open at its start: started before it, not closed before it) and on 31 December (open at its end:
     * started on or before it, not closed on or before it).
     */
    public FiguresView of(String house, Integer year) {
        LocalDate from = year == null ? LocalDate.of(1970, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9998, 12, 31) : LocalDate.of(year, 12, 31);
        Period p = new Period(house, from, to, from.atStartOfDay(NL).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(NL).toOffsetDateTime());
        return new FiguresView(house, quarters(p),
                counts("""
                        select c.sub_approach, count(distinct p.person_id) from coveca_case c
                        join case_person p on p.case_id = c.id where c.house = ?1""" + ACTIVE
                        + " group by c.sub_approach order by 1", p),
                counts("""
                        select c.sub_approach, count(*) from network_meeting m join coveca_case c on c.id = m.case_id
                        where c.house = ?1 and m.status = 'HELD' and m.scheduled_at >= ?4 and m.scheduled_at < ?5
                          and c.start_date <= ?3 and ?2 = ?2 group by c.sub_approach order by 1""", p), averages(p),
                counts("""
                        select c.closure_reason, count(*) from coveca_case c where c.house = ?1 and c.status = 'CLOSED'
                          and c.closed_at >= ?4 and c.closed_at < ?5 and ?2 = ?2 and ?3 = ?3 group by c.closure_reason
                        order by 1""", p), ageBands(p),
                ((Number) bind(em.createNativeQuery("""
                        select count(distinct p.person_id) from coveca_case c join case_person p on p.case_id = c.id
                        where c.house = ?1 and c.start_date between ?2 and ?3 and p.date_of_birth is not null
                          and date_part('year', age(c.start_date, p.date_of_birth)) < 18 and ?4 = ?4 and ?5 = ?5"""), p)
                        .getSingleResult()).longValue(),
                counts("""
                        select coalesce(p.gender, 'UNKNOWN'), count(*) from coveca_case c
                        join case_person p on p.case_id = c.id
                        where c.house = ?1 and c.start_date between ?2 and ?3 and p.role = 'MAIN'
                          and ?4 = ?4 and ?5 = ?5 group by 1 order by 1""", p), ((Number) bind(em.createNativeQuery("""
                        select count(*) from coveca_case c where c.house = ?1 and c.start_date between ?2 and ?3
                          and c.receiving_municipality is not null and c.receiving_municipality <> ''
                          and lower(trim(c.receiving_municipality)) <> lower(trim(c.municipality))
                          and ?4 = ?4 and ?5 = ?5"""), p).getSingleResult()).longValue(),
                groups.of(house, from.getYear(), Math.min(to.getYear(), LocalDate.now(NL).getYear())), counts("""
                        select c.source, count(*) from coveca_case c
                        where c.house = ?1 and c.start_date between ?2 and ?3 and ?4 = ?4 and ?5 = ?5
                        group by c.source order by 1""", p),
                year == null ? null : activeAt(house, from, from.atStartOfDay(NL).toOffsetDateTime()),
                year == null
                        ? null
                        : activeAt(house, to.plusDays(1), to.plusDays(1).atStartOfDay(NL).toOffsetDateTime()));
    }

    /** The cases of the house open at {@code moment}, the start of {@code day}: started before it, not closed then. */
    private long activeAt(String house, LocalDate day, OffsetDateTime moment) {
        return ((Number) em.createNativeQuery("""
                select count(*) from coveca_case c where c.house = ?1 and c.start_date < ?2
                  and (c.closed_at is null or c.closed_at >= ?3)""").setParameter(1, house).setParameter(2, day)
                .setParameter(3, moment).getSingleResult()).longValue();
    }

    /** The house and the period as dates (?2, ?3) and as moments (?4 start, ?5 end exclusive). */
    record Period(String house, LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {
    }

    static final String ACTIVE = " and c.start_date <= ?3 and (c.closed_at is null or c.closed_at >= ?4)"
            + " and ?2 = ?2 and ?5 = ?5";

    private jakarta.persistence.Query bind(jakarta.persistence.Query q, Period p) {
        return q.setParameter(1, p.house()).setParameter(2, p.from()).setParameter(3, p.to()).setParameter(4, p.start())
                .setParameter(5, p.end());
    }

    @SuppressWarnings("unchecked")
    private List<FiguresView.Quarter> quarters(Period p) {
        List<Object[]> rows = bind(em.createNativeQuery("select c.start_date, c.closed_at from coveca_case c"
                + " where c.house = ?1" + ACTIVE + " order by c.start_date"), p).getResultList();
        List<FiguresView.Quarter> quarters = new ArrayList<>();
        if (rows.isEmpty()) {
            return quarters;
        }
        LocalDate today = LocalDate.now(NL);
        today = p.to().isBefore(today) ? p.to() : today;
        LocalDate first = quarterStart(toDate(rows.get(0)[0]));
        first = first.isBefore(p.from()) ? quarterStart(p.from()) : first;
        for (LocalDate q = first; !q.isAfter(today); q = q.plusMonths(3)) {
            LocalDate start = q;
            LocalDate end = q.plusMonths(3).minusDays(1);
            long started = rows.stream().map(r -> toDate(r[0])).filter(d -> !d.isBefore(start) && !d.isAfter(end))
                    .count();
            long active = rows.stream()
                    .filter(r -> !toDate(r[0]).isAfter(end) && (r[1] == null || !closedOn(r[1]).isBefore(start)))
                    .count();
            quarters.add(new FiguresView.Quarter(start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1),
                    started, active));
        }
        return quarters;
    }

    @SuppressWarnings("unchecked")
    private List<FiguresView.DomainAverage> averages(Period p) {
        List<Object[]> rows = bind(em.createNativeQuery("""
                select r.round_no, s.life_domain, avg(s.score), count(*) from coveca_case c
                join monitoring_round r on r.case_id = c.id join monitoring_score s on s.round_id = r.id
                where c.house = ?1 and r.scored_on between ?2 and ?3""" + ACTIVE.replace("?2 = ?2 and ", "")
                + " group by r.round_no, s.life_domain order by r.round_no, s.life_domain"), p).getResultList();
        return rows.stream()
                .map(r -> new FiguresView.DomainAverage(((Number) r[0]).intValue(), (String) r[1],
                        new BigDecimal(r[2].toString()).setScale(2, RoundingMode.HALF_UP).doubleValue(),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    private Map<String, Long> ageBands(Period p) {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : AGE_BANDS) {
            bands.put(band, 0L);
        }
        counts("""
                select case when a < 18 then '<18' when a <= 23 then '18-23' when a <= 40 then '24-40'
                            when a <= 65 then '41-65' else '>65' end, count(*)
                from (select date_part('year', age(c.start_date, p.date_of_birth)) a from coveca_case c
                      join case_person p on p.case_id = c.id
                      where c.house = ?1 and c.start_date between ?2 and ?3 and p.role = 'MAIN'
                        and p.date_of_birth is not null and ?4 = ?4 and ?5 = ?5) ages
                group by 1""", p).forEach(bands::put);
        return bands;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String sql, Period p) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = bind(em.createNativeQuery(sql), p).getResultList();
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
