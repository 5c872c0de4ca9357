package nl.zvh.reintegration.escalation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Escalation of a track to process direction. */
@Path("/api/tracks/{id}/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class EscalationResource {

    /** Why the track is escalated and the risk in short. */
    public record EscalationInput(@NotBlank @Size(max = 2000) String reason,
            @NotBlank @Size(max = 4000) String riskSummary) {
    }

    @Inject
    Escalations escalations;

    @POST
    @Operation(summary = "Escalate to process direction: publishes ReintegrationEscalated (CoVeCa opens or links a case)")
    public Response escalate(@PathParam("id") UUID id, @NotNull @Valid EscalationInput input) {
        EscalationView view = escalations.escalate(id, input.reason(), input.riskSummary());
        return Response.created(URI.create("/api/tracks/" + id + "/escalations/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The track's escalations, with the CoVeCa case once CoVeCa confirmed it")
    public List<EscalationView> list(@PathParam("id") UUID id) {
        return escalations.of(id);
    }
}
