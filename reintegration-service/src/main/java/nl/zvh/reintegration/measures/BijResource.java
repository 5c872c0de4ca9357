package nl.zvh.reintegration.measures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.zvh.reintegration.measures.MeasureInputs.Article18bAnswer;
import nl.zvh.reintegration.measures.MeasureInputs.MayorAssessment;
import nl.zvh.reintegration.measures.MeasureInputs.NewArticle18b;
import nl.zvh.reintegration.measures.MeasureInputs.NewBij;
import nl.zvh.reintegration.measures.MeasureInputs.NewIsdOrder;
import nl.zvh.reintegration.measures.MeasureInputs.NewPhase;
import nl.zvh.reintegration.measures.MeasureViews.Article18b;
import nl.zvh.reintegration.measures.MeasureViews.AwaitingMayor;
import nl.zvh.reintegration.measures.MeasureViews.Bij;
import nl.zvh.reintegration.measures.MeasureViews.Isd;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** BIJ of a track: the mayor informed before release, the assessment and measures. */
@Path("/api/tracks/{id}/bij")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class BijResource {

    @Inject
    Measures measures;

    @POST
    @Operation(summary = "Record that the mayor of the municipality of return was informed (BIJ)")
    public Response informMayor(@PathParam("id") UUID id, @NotNull @Valid NewBij in) {
        return Response.status(201).entity(measures.informMayor(id, in)).build();
    }

    @PUT
    @Path("/{bijId}/assessment")
    @Operation(summary = "Record the mayor's assessment of possible public unrest and the measures decided")
    public Bij assess(@PathParam("id") UUID id, @PathParam("bijId") UUID bijId, @NotNull @Valid MayorAssessment in) {
        return measures.recordAssessment(id, bijId, in);
    }

    @GET
    public List<Bij> bij(@PathParam("id") UUID id) {
        return measures.bijItems(id);
    }
}
