package nl.zvh.reintegration.measures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.reintegration.measures.MeasureViews.AwaitingMayor;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The house's BIJ items awaiting the mayor. */
@Path("/api/bij")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class BijWorklistResource {

    @Inject
    Measures measures;

    @GET
    @Path("/awaiting-mayor")
    @Operation(summary = "The house's BIJ items awaiting the mayor's assessment")
    public List<AwaitingMayor> awaitingMayor() {
        return measures.awaitingMayor();
    }
}
