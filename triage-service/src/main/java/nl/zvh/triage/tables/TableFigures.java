package nl.zvh.triage.tables;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.platform.figures.PublishedCounts;
import nl.zvh.platform.figures.SmallCells;

/**
 * The tables' figures of a house in a year, counts only (definitions in docs/figures.md): per table kind the items
 * received, the items decided per outcome (each item counted once per outcome), the persons per area (district for
 * prolific offenders when the OM's list gives one, else municipality) who were on a table in the year (received or
 * discussed in it; a prolific offender for as long as the OM's status lasts); for I28 the
 * Wvggz exploratory investigations started and those that ran over their deadline; for AWARE the tracks active on
 * 31 December. Items anonymised after their retention term are still counted (their counted fields stay).
 * Each kind's outcomes are one line for the small-cell rule, and so are its areas.
 */
@ApplicationScoped
public class TableFigures {

    /** One kind's published counts (null = withheld, named in {@code suppressed}). */
    public record KindFigures(TableKind kind, Long received, Map<String, Long> outcomes, List<Area> areas,
            Map<String, Long> other, List<String> suppressed) {
    }

    /** Persons on the table in the year in one district or municipality, prolific offenders by the OM's status. */
    public record Area(String area, Long persons, Long prolific, Long veryActive) {
    }

    public record Published(String house, int year, List<KindFigures> tables) {
    }

    @Inject
    EntityManager em;

    @Inject
    Tables tables;

    @Transactional
    @SuppressWarnings("unchecked")
    public Published of(String house, int year, SmallCells rule) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<KindFigures> kinds = new ArrayList<>();
        List<String> present = em.createNativeQuery("select distinct kind from house_table where house = ?1 order by 1")
                .setParameter(1, house).getResultList();
        for (String k : present) {
            TableKind kind = TableKind.valueOf(k);
            PublishedCounts counts = new PublishedCounts(rule);
            long received = count("""
                    select count(*) from table_item where house = ?1 and kind = ?2
                      and received_on between ?3 and ?4""", house, k, from, to);
            counts.cell("received", received);
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (TableOutcome o : TableOutcome.of(kind)) {
                outcomes.put("outcomes." + o.name(),
                        count("""
                                select count(distinct d.item_id) from table_agenda_item d join table_meeting m on m.id = d.meeting_id
                                join table_item i on i.id = d.item_id
                                where d.house = ?1 and i.kind = ?2 and d.outcome = ?5 and m.meeting_date between ?3 and ?4""",
                                house, k, from, to, o.name()));
            }
            counts.line(outcomes);
            List<Object[]> rows = em.createNativeQuery("""
                    select coalesce(i.district, i.municipality, '-'), count(*),
                           sum(case when i.category = 'PROLIFIC' then 1 else 0 end),
                           sum(case when i.category = 'VERY_ACTIVE' then 1 else 0 end)
                    from table_item i where i.house = ?1 and i.kind = ?2
                      and i.received_on <= ?4 and (i.received_on >= ?3
                        or exists (select 1 from table_agenda_item d join table_meeting m on m.id = d.meeting_id
                                   where d.item_id = i.id and m.meeting_date between ?3 and ?4)
                        or i.kind = 'PROLIFIC_OFFENDERS' and not (i.status = 'CLOSED' and i.decided_on < ?3))
                    group by 1 order by 1""").setParameter(1, house).setParameter(2, k).setParameter(3, from)
                    .setParameter(4, to).getResultList();
            Map<String, Long> persons = new LinkedHashMap<>();
            rows.forEach(r -> persons.put("areas." + r[0], ((Number) r[1]).longValue()));
            counts.line(persons);
            if (kind == TableKind.PROLIFIC_OFFENDERS) {
                rows.forEach(r -> counts.cell("prolific." + r[0], ((Number) r[2]).longValue())
                        .cell("veryActive." + r[0], ((Number) r[3]).longValue()));
            }
            Map<String, Long> other = other(kind, house, from, to);
            other.forEach(counts::cell);
            Map<String, Long> publishedOutcomes = new LinkedHashMap<>();
            TableOutcome.of(kind).forEach(o -> publishedOutcomes.put(o.name(), counts.get("outcomes." + o.name())));
            List<Area> areas = rows.stream()
                    .map(r -> new Area((String) r[0], counts.get("areas." + r[0]),
                            kind == TableKind.PROLIFIC_OFFENDERS ? counts.get("prolific." + r[0]) : null,
                            kind == TableKind.PROLIFIC_OFFENDERS ? counts.get("veryActive." + r[0]) : null))
                    .toList();
            Map<String, Long> publishedOther = new LinkedHashMap<>();
            other.keySet().forEach(name -> publishedOther.put(name, counts.get(name)));
            kinds.add(new KindFigures(kind, counts.get("received"), publishedOutcomes, areas, publishedOther,
                    counts.suppressed()));
        }
        return new Published(house, year, kinds);
    }

    private Map<String, Long> other(TableKind kind, String house, LocalDate from, LocalDate to) {
        Map<String, Long> other = new LinkedHashMap<>();
        if (kind == TableKind.I28) {
            other.put("investigationsStarted", count("""
                    select count(*) from exploratory_investigation where house = ?1 and ?2 = ?2
                      and reported_on between ?3 and ?4""", house, kind.name(), from, to));
            other.put("investigationsOverdue", count("""
                    select count(*) from exploratory_investigation where house = ?1 and ?2 = ?2
                      and reported_on between ?3 and ?4 and coalesce(concluded_on, ?5) > deadline""", house,
                    kind.name(), from, to, tables.today()));
        } else if (kind == TableKind.AWARE) {
            other.put("activeOnYearEnd", count("""
                    select count(*) from table_item where house = ?1 and kind = ?2
                      and track_start <= ?4 and track_end >= ?4 and ?3 = ?3""", house, kind.name(), from, to));
        }
        return other;
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
