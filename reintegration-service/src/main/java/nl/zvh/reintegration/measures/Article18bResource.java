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

/** Article 18b requests and answers of a track. */
@Path("/api/tracks/{id}/article18b")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class Article18bResource {

    @Inject
    Measures measures;

    @POST
    @Operation(summary = "Record an article 18b request between municipality and DJI")
    public Response request18b(@PathParam("id") UUID id, @NotNull @Valid NewArticle18b in) {
        return Response.status(201).entity(measures.requestArticle18b(id, in)).build();
    }

    @PUT
    @Path("/{requestId}/answer")
    @Operation(summary = "Record the answer to an article 18b request")
    public Article18b answer18b(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
                                @NotNull @Valid Article18bAnswer in) {
        return measures.answerArticle18b(id, requestId, in);
    }

    @GET
    public List<Article18b> article18b(@PathParam("id") UUID id) {
        return measures.article18b(id);
    }
}
