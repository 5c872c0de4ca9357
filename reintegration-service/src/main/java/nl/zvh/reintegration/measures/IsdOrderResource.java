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

/** ISD orders of a track and their phases. */
@Path("/api/tracks/{id}/isd-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class IsdOrderResource {

    @Inject
    Measures measures;

    @POST
    @Operation(summary = "Record an ISD order with its term and phases")
    public Response isd(@PathParam("id") UUID id, @NotNull @Valid NewIsdOrder in) {
        return Response.status(201).entity(measures.addIsdOrder(id, in)).build();
    }

    @POST
    @Path("/{orderId}/phases")
    @Operation(summary = "Add the next phase of an ISD order")
    public Isd isdPhase(@PathParam("id") UUID id, @PathParam("orderId") UUID orderId, @NotNull @Valid NewPhase in) {
        return measures.addIsdPhase(id, orderId, in);
    }

    @GET
    public List<Isd> isdOrders(@PathParam("id") UUID id) {
        return measures.isdOrders(id);
    }
}
