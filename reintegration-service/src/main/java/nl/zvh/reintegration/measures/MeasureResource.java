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

/** BIJ, ISD and article 18b endpoints of a track, for the house's re-integration coordinators. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class MeasureResource {

    @Inject
    Measures measures;

    @POST
    @Path("/tracks/{id}/bij")
    @Operation(summary = "Record that the mayor of the municipality of return was informed (BIJ)")
    public Response informMayor(@PathParam("id") UUID id, @NotNull @Valid NewBij in) {
        return Response.status(201).entity(measures.informMayor(id, in)).build();
    }

    @PUT
    @Path("/tracks/{id}/bij/{bijId}/assessment")
    @Operation(summary = "Record the mayor's assessment of possible public unrest and the measures decided")
    public Bij assess(@PathParam("id") UUID id, @PathParam("bijId") UUID bijId, @NotNull @Valid MayorAssessment in) {
        return measures.recordAssessment(id, bijId, in);
    }

    @GET
    @Path("/tracks/{id}/bij")
    public List<Bij> bij(@PathParam("id") UUID id) {
        return measures.bijItems(id);
    }

    @GET
    @Path("/bij/awaiting-mayor")
    @Operation(summary = "The house's BIJ items awaiting the mayor's assessment")
    public List<AwaitingMayor> awaitingMayor() {
        return measures.awaitingMayor();
    }

    @POST
    @Path("/tracks/{id}/isd-orders")
    @Operation(summary = "Record an ISD order with its term and phases")
    public Response isd(@PathParam("id") UUID id, @NotNull @Valid NewIsdOrder in) {
        return Response.status(201).entity(measures.addIsdOrder(id, in)).build();
    }

    @POST
    @Path("/tracks/{id}/isd-orders/{orderId}/phases")
    @Operation(summary = "Add the next phase of an ISD order")
    public Isd isdPhase(@PathParam("id") UUID id, @PathParam("orderId") UUID orderId, @NotNull @Valid NewPhase in) {
        return measures.addIsdPhase(id, orderId, in);
    }

    @GET
    @Path("/tracks/{id}/isd-orders")
    public List<Isd> isdOrders(@PathParam("id") UUID id) {
        return measures.isdOrders(id);
    }

    @POST
    @Path("/tracks/{id}/article18b")
    @Operation(summary = "Record an article 18b request between municipality and DJI")
    public Response request18b(@PathParam("id") UUID id, @NotNull @Valid NewArticle18b in) {
        return Response.status(201).entity(measures.requestArticle18b(id, in)).build();
    }

    @PUT
    @Path("/tracks/{id}/article18b/{requestId}/answer")
    @Operation(summary = "Record the answer to an article 18b request")
    public Article18b answer18b(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
                                @NotNull @Valid Article18bAnswer in) {
        return measures.answerArticle18b(id, requestId, in);
    }

    @GET
    @Path("/tracks/{id}/article18b")
    public List<Article18b> article18b(@PathParam("id") UUID id) {
        return measures.article18b(id);
    }
}
