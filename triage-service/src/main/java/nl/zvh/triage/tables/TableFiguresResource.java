package nl.zvh.triage.tables;

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
 * The figures of the caller's house's tables (a national analyst names the house: {@link FiguresHouse}): counts only,
 * never persons.
 */
@Path("/api/tables/figures")
@Produces(MediaType.APPLICATION_JSON)
public class TableFiguresResource {

    @Inject
    TableFigures figures;

    @Inject
    Tables tables;

    @Inject
    FiguresHouse houses;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @GET
    @RolesAllowed({"analyst", "triage-chair", FiguresHouse.NATIONAL_ANALYST})
    @Operation(summary = "Per table kind in a year: items received, items per outcome, persons per district or"
            + " municipality, Wvggz investigations (I28) and active tracks (AWARE)", description = "Counts from 1 to"
                    + " zvh.figures.min-cell - 1 (default 5), and the next smallest of a line when one would stand"
                    + " alone, are null and named in `suppressed`.")
    public TableFigures.Published figures(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("house") @Size(max = 100) String house) {
        int y = year == null ? tables.today().getYear() : year;
        return figures.of(houses.resolve(house), y, new SmallCells(minCell));
    }
}
