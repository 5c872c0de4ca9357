package nl.zvh.triage.effect;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.zvh.platform.figures.SmallCells;
import nl.zvh.platform.security.FiguresHouse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Effect of the approach: partner systems send counts; the analyst reads averages before and after the start. */
@Path("/api/effect")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EffectResource {

    @Inject
    IncidentCounts counts;

    @Inject
    EffectFigures figures;

    @Inject
    FiguresHouse houses;

    @ConfigProperty(name = SmallCells.PROPERTY, defaultValue = "5")
    int minCell;

    @POST
    @Path("/counts")
    @RolesAllowed("partner-system")
    @Operation(summary = "A partner system's count of incident reports about a person in a quarter", description = "Body"
            + " {bsn, category NUISANCE_REPORTS|DOMESTIC_VIOLENCE_REPORTS, quarter 2026-Q1, count}; 202 whether or not"
            + " the person is in an approach of the caller's house (only then is the count kept: a number, no"
            + " content); a quarter sent again replaces the count; 400 problem naming each invalid field.")
    public Response count(IncidentCounts.Submission in) {
        counts.record(in);
        return Response.accepted().build();
    }

    @GET
    @Path("/figures")
    @RolesAllowed({"analyst", "triage-chair", FiguresHouse.NATIONAL_ANALYST})
    @Operation(summary = "Average incident reports per person per quarter, before and after the approach started,"
            + " per programme and category (aggregates; a line of fewer persons than zvh.figures.min-cell withheld)")
    public EffectFigures.Published figures(@QueryParam("house") @Size(max = 100) String house) {
        return figures.of(houses.resolve(house), new SmallCells(minCell));
    }
}
