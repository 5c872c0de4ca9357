package nl.zvh.trafficking.approach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import nl.zvh.trafficking.signal.SignalScope;
import nl.zvh.trafficking.signal.SignalView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The coordinator's decision on a signal. */
@Path("/api/signals/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(SignalScope.COORDINATOR)
public class OutcomeResource {

    @Inject
    Approaches approaches;

    @POST
    @Operation(summary = "Decide: ADVICE (with the advice) or COORDINATED_APPROACH (starts an approach and publishes "
            + "TraffickingApproachStarted); once per signal")
    public SignalView decide(@PathParam("id") UUID id, @NotNull @Valid ApproachInputs.Decision decision) {
        return approaches.decide(id, decision);
    }
}
