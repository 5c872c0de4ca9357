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
import nl.zvh.reintegration.measures.MeasureViews.Bij;
import nl.zvh.reintegration.measures.MeasureViews.Isd;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The justice measures of a track, one shape for each: record one (201), record its follow-up (the mayor's
 * assessment, the next ISD phase, the 18b answer) and list them. BIJ: the mayor informed before release; ISD orders
 * and their phases; article 18b requests and answers.
 */
@Path("/api/tracks/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class MeasureResource {

    @Inject
    Measures measures;

    @POST
    @Path("/bij")
    @Operation(summary = "Record that the mayor of the municipality of return was informed (BIJ)")
    public Response informMayor(@PathParam("id") UUID id, @NotNull @Valid NewBij in) {
        return created(measures.informMayor(id, in));
    }

    @PUT
    @Path("/bij/{bijId}/assessment")
    @Operation(summary = "Record the mayor's assessment of possible public unrest and the measures decided")
    public Bij assess(@PathParam("id") UUID id, @PathParam("bijId") UUID bijId, @NotNull @Valid MayorAssessment in) {
        return measures.recordAssessment(id, bijId, in);
    }

    @GET
    @Path("/bij")
    public List<Bij> bij(@PathParam("id") UUID id) {
        return measures.bijItems(id);
    }

    @POST
    @Path("/isd-orders")
    @Operation(summary = "Record an ISD order with its term and phases")
    public Response isd(@PathParam("id") UUID id, @NotNull @Valid NewIsdOrder in) {
        return created(measures.addIsdOrder(id, in));
    }

    @POST
    @Path("/isd-orders/{orderId}/phases")
    @Operation(summary = "Add the next phase of an ISD order")
    public Isd isdPhase(@PathParam("id") UUID id, @PathParam("orderId") UUID orderId, @NotNull @Valid NewPhase in) {
        return measures.addIsdPhase(id, orderId, in);
    }

    @GET
    @Path("/isd-orders")
    public List<Isd> isdOrders(@PathParam("id") UUID id) {
        return measures.isdOrders(id);
    }

    @POST
    @Path("/article18b")
    @Operation(summary = "Record an article 18b request between municipality and DJI")
    public Response request18b(@PathParam("id") UUID id, @NotNull @Valid NewArticle18b in) {
        return created(measures.requestArticle18b(id, in));
    }

    @PUT
    @Path("/article18b/{requestId}/answer")
    @Operation(summary = "Record the answer to an article 18b request")
    public Article18b answer18b(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @NotNull @Valid Article18bAnswer in) {
        return measures.answerArticle18b(id, requestId, in);
    }

    @GET
    @Path("/article18b")
    public List<Article18b> article18b(@PathParam("id") UUID id) {
        return measures.article18b(id);
    }

    private static Response created(Object measure) {
        return Response.status(Response.Status.CREATED).entity(measure).build();
    }
}
