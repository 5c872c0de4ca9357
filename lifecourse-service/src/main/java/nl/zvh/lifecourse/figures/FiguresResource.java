package nl.zvh.lifecourse.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.security.FiguresHouse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The house's life-course and CTER figures for one year: counts only, never a person. A national analyst reads the
 * year's figures of the house it names ({@link FiguresHouse}), not the cohorts.
 */
@Path("/api/figures")
@RolesAllowed("analyst")
public class FiguresResource {

    @Inject
    CurrentUser user;

    @Inject
    FiguresHouse houses;

    @Inject
    LifecourseFigures figures;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    /** Counts from 1 to zvh.figures.min-cell - 1 (and what would give them away) are null and named in suppressed. */
    @GET
    @RolesAllowed({"analyst", FiguresHouse.NATIONAL_ANALYST})
    public PublishedFigures figures(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("house") @Size(max = 100) String house) {
        return PublishedFigures.of(figures.of(houses.resolve(house), year), new SmallCells(minCell));
    }

    /** Clients by year of inclusion, still in after one, two and three years, closure reasons, average duration. */
    @GET
    @Path("/cohorts")
    public PublishedFigures.PublishedCohorts cohorts() {
        return PublishedFigures.PublishedCohorts.of(
                figures.cohorts(user.requireHouse(), LocalDate.now(ZoneId.of("Europe/Amsterdam"))),
                new SmallCells(minCell));
    }
}
