package nl.zvh.reintegration.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.security.FiguresHouse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Re-integration figures of the analyst's house (a national analyst names the house: {@link FiguresHouse}): counts per
 * municipality and year only.
 */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"analyst", FiguresHouse.NATIONAL_ANALYST})
public class FiguresResource {

    /** One municipality in one year. */
    public record MunicipalityYear(String municipality, int year, long detentions, long releases,
            long releasedWithAllConditionsArranged, long escalations) {
    }

    @Inject
    ReintegrationFigures figures;

    @Inject
    FiguresHouse houses;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @GET
    @Operation(summary = "Detentions, releases, tracks ready at release and escalations per municipality per year", description = "Counts from 1 to zvh.figures.min-cell - 1 (default 5), and the cells that would give them"
            + " away, are null and named in the row's `suppressed`.")
    public List<PublishedRows.MunicipalityYear> figures(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("house") @Size(max = 100) String house) {
        return PublishedRows.of(figures.perMunicipalityAndYear(houses.resolve(house), year), new SmallCells(minCell));
    }
}
