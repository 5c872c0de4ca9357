package nl.zvh.reintegration.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Re-integration figures of the analyst's house: counts per municipality and year only. */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("analyst")
public class FiguresResource {

    /** One municipality in one year. */
    public record MunicipalityYear(String municipality, int year, long detentions, long releases,
                                   long releasedWithAllConditionsArranged, long escalations) {
    }

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;

    @GET
    @Transactional
    @Operation(summary = "Detentions, releases, tracks ready at release and escalations per municipality per year")
    public List<MunicipalityYear> figures(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
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
                 group by municipality, year order by year, municipality""")
                .setParameter(1, user.requireHouse()).setParameter(2, year == null ? 0 : year).getResultList();
        return rows.stream().map(r -> new MunicipalityYear((String) r[0], ((Number) r[1]).intValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                ((Number) r[5]).longValue())).toList();
    }
}
