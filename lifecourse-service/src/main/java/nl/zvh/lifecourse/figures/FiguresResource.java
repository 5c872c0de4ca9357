package nl.zvh.lifecourse.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.zvh.lifecourse.candidates.InclusionTable;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.lifecourse.cter.CterOutcome;
import nl.zvh.platform.security.CurrentUser;

/** The house's life-course and CTER figures for one year: counts only, never a person. */
@Path("/api/figures")
@RolesAllowed("analyst")
public class FiguresResource {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** One outcome and how often the weighing team chose it in the year. */
    public record OutcomeCount(CterOutcome outcome, long weighings) {
    }

    /** The figures of one house and year. */
    public record Figures(int year, long candidates, long inclusions, long active, int capacity, long cterCases,
                          List<OutcomeCount> cterOutcomes) {
    }

    @Inject
    EntityManager em;
    @Inject
    CurrentUser user;
    @Inject
    InclusionTable table;
    @Inject
    LifecourseConfig config;

    @GET
    @Transactional
    public Figures figures(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        String house = user.requireHouse();
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(NL).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(NL).toOffsetDateTime();
        long candidates = count("select count(*) from candidate where house = ?1 and created_at >= ?2"
                + " and created_at < ?3", house, from, to);
        long inclusions = count("select count(*) from inclusion_decision d join inclusion_session s on s.id ="
                + " d.session_id where s.house = ?1 and d.decision = 'INCLUDED' and d.decided_at >= ?2"
                + " and d.decided_at < ?3", house, from, to);
        long cterCases = count("select count(*) from cter_person where house = ?1 and reported_at >= ?2"
                + " and reported_at < ?3", house, from, to);
        List<OutcomeCount> outcomes = new ArrayList<>();
        for (CterOutcome outcome : CterOutcome.values()) {
            outcomes.add(new OutcomeCount(outcome, count("select count(*) from cter_weighing w join cter_session s"
                    + " on s.id = w.session_id where s.house = ?1 and w.decided_at >= ?2 and w.decided_at < ?3"
                    + " and w.outcome = '" + outcome.name() + "'", house, from, to)));
        }
        return new Figures(year, candidates, inclusions, table.active(house), config.capacity(house), cterCases,
                outcomes);
    }

    private long count(String sql, String house, OffsetDateTime from, OffsetDateTime to) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, house).setParameter(2, from).setParameter(3, to)
                .getSingleResult()).longValue();
    }
}
