package nl.zvh.trafficking.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.security.FiguresHouse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Trafficking figures of the analyst's house (a national analyst names the house: {@link FiguresHouse}): counts and
 * percentages only, never persons.
 */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"analyst", FiguresHouse.NATIONAL_ANALYST})
public class FiguresResource {

    @Inject
    TraffickingFigures figures;

    @Inject
    FiguresHouse houses;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @GET
    @Operation(summary = "Signals per exploitation type (counts and percentages), advices vs approaches, sources, "
            + "minors, shelter placements, per municipality, for one year (by the date the signal was received)", description = "Counts from 1 to zvh.figures.min-cell - 1 (default 5), and the cells that would give them "
                    + "away, are null (their percentage too) and named in `suppressed`.")
    public PublishedTraffickingFigures figures(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("municipality") @Size(max = 100) String municipality,
            @QueryParam("house") @Size(max = 100) String house) {
        return PublishedTraffickingFigures.of(figures.of(houses.resolve(house), year, municipality),
                new SmallCells(minCell));
    }
}
