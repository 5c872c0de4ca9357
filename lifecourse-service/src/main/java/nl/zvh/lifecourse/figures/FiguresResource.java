package nl.zvh.lifecourse.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.zvh.lifecourse.figures.LifecourseFigures.Figures;
import nl.zvh.platform.security.CurrentUser;

/** The house's life-course and CTER figures for one year: counts only, never a person. */
@Path("/api/figures")
@RolesAllowed("analyst")
public class FiguresResource {

    @Inject
    CurrentUser user;

    @Inject
    LifecourseFigures figures;

    @GET
    public Figures figures(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return figures.of(user.requireHouse(), year);
    }

    /** Clients by year of inclusion, still in after one, two and three years, closure reasons, average duration. */
    @GET
    @Path("/cohorts")
    public Cohorts.Figures cohorts() {
        return figures.cohorts(user.requireHouse(), LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }
}
