package nl.zvh.coveca.figures;

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
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.security.FiguresHouse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Figures of the caller's house for analysts and process directors, and of a named house for a national analyst
 * ({@link FiguresHouse}): aggregates only, so not audited.
 */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    Figures figures;

    @Inject
    FiguresHouse houses;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @GET
    @RolesAllowed({"analyst", "process-director", FiguresHouse.NATIONAL_ANALYST})
    @Operation(summary = "Approaches per quarter, unique persons and meetings per sub-approach, life-domain averages "
            + "per round, closure reasons, age bands and gender of main persons, minors, cases crossing municipality "
            + "borders; of one calendar year or, without year, all years (definitions: docs/figures.md)", description = "Counts"
                    + " from 1 to zvh.figures.min-cell - 1 (default 5), and the cells that would give them away, are "
                    + "null (an average over them too) and named in `suppressed`.")
    public PublishedCovecaFigures get(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("house") @Size(max = 100) String house) {
        return PublishedCovecaFigures.of(figures.of(houses.resolve(house), year), new SmallCells(minCell));
    }
}
