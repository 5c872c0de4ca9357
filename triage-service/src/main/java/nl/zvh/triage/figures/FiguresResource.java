package nl.zvh.triage.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.security.FiguresHouse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Triage figures of the caller's house (a national analyst names the house: {@link FiguresHouse}): counts only. */
@Path("/api/triage/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    TriageFigures figures;

    @Inject
    FiguresHouse houses;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @GET
    @RolesAllowed({"analyst", "triage-chair", FiguresHouse.NATIONAL_ANALYST})
    @Operation(summary = "Referrals triaged, approaches per programme, advices and untriaged on a date (aggregates)", description = "Counts from 1 to zvh.figures.min-cell - 1 (default 5), and the next smallest of the"
            + " decisions when one would stand alone, are null and named in `suppressed`.")
    public PublishedFigures figures(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("on") LocalDate on, @QueryParam("house") @Size(max = 100) String house) {
        return PublishedFigures.of(figures.of(houses.resolve(house), from, to, on), new SmallCells(minCell));
    }
}
