package nl.zvh.coveca.monitoring;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Life-domain monitoring of a person in a case. */
@Path("/api/cases/{caseId}/persons/{personId}/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("process-director")
public class MonitoringResource {

    @Inject
    Monitoring monitoring;

    @POST
    @Operation(summary = "Record a monitoring round: a score 1..5 per life domain of the house")
    public Response record(@PathParam("caseId") UUID caseId, @PathParam("personId") UUID personId,
            @NotNull @Valid MonitoringViews.NewRound request) {
        return Response.status(Response.Status.CREATED).entity(monitoring.record(caseId, personId, request)).build();
    }

    @GET
    @Operation(summary = "The person's rounds and trend per life domain")
    public MonitoringViews.Trend trend(@PathParam("caseId") UUID caseId, @PathParam("personId") UUID personId) {
        return monitoring.trend(caseId, personId);
    }
}
