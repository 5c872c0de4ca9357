package nl.zvh.coveca.handover;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Handing cases over to another house (sending: whoever sees the case, as for closing it) and the house's incoming
 * requests (receiving: the house's own process directors only; anyone else and every other house gets 404).
 */
@Path("/api/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("process-director")
public class HandoverResource {

    @Inject
    Handovers handovers;

    @GET
    @Path("/houses")
    @Operation(summary = "The houses a case can be handed over to, by name, with their municipalities")
    public List<HandoverViews.House> houses() {
        return handovers.receivingHouses();
    }

    @POST
    @Operation(summary = "Hand an open case over to another house with a summary; the case closes when it accepts")
    public Response request(@NotNull @Valid HandoverRequests.NewHandover request) {
        HandoverViews.Outgoing view = handovers.request(request);
        return Response.created(URI.create("/api/handovers?caseId=" + view.caseId())).entity(view).build();
    }

    @GET
    @Operation(summary = "The handovers of a case the caller sees, newest first (404 outside the caller's scope)")
    public List<HandoverViews.Outgoing> ofCase(@QueryParam("caseId") UUID caseId) {
        if (caseId == null) {
            throw ProblemException.invalid("caseId", "is required");
        }
        return handovers.ofCase(caseId);
    }

    @GET
    @Path("/incoming")
    @Operation(summary = "Other houses' requests to take over a case, waiting ones first (the house's own staff)")
    public List<HandoverViews.Incoming> incoming() {
        return handovers.incoming();
    }

    @GET
    @Path("/incoming/{id}")
    @Operation(summary = "One incoming request with its summary (audited); 404 for another house's")
    public HandoverViews.Incoming get(@PathParam("id") UUID id) {
        return handovers.incoming(id);
    }

    @POST
    @Path("/incoming/{id}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept: the case opens in the caller's house and the sending house closes its case")
    public HandoverViews.Incoming accept(@PathParam("id") UUID id) {
        return handovers.accept(id);
    }

    @POST
    @Path("/incoming/{id}/refusal")
    @Operation(summary = "Decline with a reason: the sending house's case stays open and it reads the reason")
    public HandoverViews.Incoming decline(@PathParam("id") UUID id, @NotNull @Valid HandoverRequests.Decline request) {
        return handovers.decline(id, request.reason());
    }
}
