package nl.zvh.reintegration.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.zvh.reintegration.figures.FiguresResource.MunicipalityYear;

/** Counts of a house's tracks and escalations per municipality and year (never persons). */
@ApplicationScoped
public class ReintegrationFigures {

    @Inject
    EntityManager em;

    /** Per municipality and year (all years when {@code year} is null). */
    @Transactional
    public List<MunicipalityYear> perMunicipalityAndYear(String house, Integer year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with facts as (
                    select municipality, extract(year from detention_date)::int as year,
                           1 as detentions, 0 as releases, 0 as ready, 0 as escalations
                      from track where house = ?1 and detention_date is not null
                    union all
                    select municipality, extract(year from actual_release_date)::int, 0, 1,
                           case when ready_at_release then 1 else 0 end, 0
                      from track where house = ?1 and actual_release_date is not null
                    union all
                    select municipality, extract(year from escalated_at at time zone 'Europe/Amsterdam')::int,
                           0, 0, 0, 1
                      from escalation where house = ?1)
                select municipality, year, sum(detentions), sum(releases), sum(ready), sum(escalations)
                  from facts where (?2 = 0 or year = ?2)
                 group by municipality, year order by year, municipality""").setParameter(1, house)
                .setParameter(2, year == null ? 0 : year).getResultList();
        return rows.stream()
                .map(r -> new MunicipalityYear((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue()))
                .toList();
    }
}
