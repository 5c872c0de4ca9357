package nl.zvh.coveca.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The group approach in figures (issue 24): per calendar year and municipality the groups active in the year (opened
 * on or before 31 December, not closed before 1 January), their subgroups and their members (distinct persons) as
 * they stood at the year's end. Counts only, computed in the database.
 */
@ApplicationScoped
public class GroupFigures {

    @Inject
    EntityManager em;

    /** The rows of the house for the years {@code from} to {@code to} (up to this year), oldest first. */
    @SuppressWarnings("unchecked")
    List<FiguresView.GroupYear> of(String house, int from, int to) {
        List<Object[]> rows = em
                .createNativeQuery(
                        """
                                select y.year, g.municipality, count(distinct g.id),
                                       (select count(*) from coveca_subgroup s join coveca_group sg on sg.id = s.group_id
                                        where sg.house = ?1 and sg.municipality = g.municipality
                                          and extract(year from s.created_on) <= y.year
                                          and extract(year from sg.created_on) <= y.year
                                          and (sg.closed_on is null or extract(year from sg.closed_on) >= y.year)),
                                       (select count(distinct m.person_id) from group_member m join coveca_group mg on mg.id = m.group_id
                                        where mg.house = ?1 and mg.municipality = g.municipality
                                          and extract(year from m.added_on) <= y.year
                                          and extract(year from mg.created_on) <= y.year
                                          and (mg.closed_on is null or extract(year from mg.closed_on) >= y.year))
                                from coveca_group g
                                cross join lateral generate_series(cast(extract(year from g.created_on) as integer),
                                    cast(extract(year from coalesce(g.closed_on, current_date)) as integer)) as y(year)
                                where g.house = ?1 and y.year between ?2 and ?3
                                group by y.year, g.municipality order by 1, 2""")
                .setParameter(1, house).setParameter(2, from).setParameter(3, to).getResultList();
        return rows.stream()
                .map(r -> new FiguresView.GroupYear(((Number) r[0]).intValue(), (String) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
                .toList();
    }
}
