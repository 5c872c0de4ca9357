package nl.zvh.coveca.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Lets a functional administrator run the overdue-agreement job now (it also runs on its schedule). */
@Path("/api/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    @Inject
    OverdueAgreements overdue;

    @POST
    @Path("/overdue-agreements")
    @RolesAllowed("functional-admin")
    @Operation(summary = "Run the overdue-agreement job now; returns how many agreements it marked overdue")
    public Map<String, Integer> overdueAgreements() {
        return Map.of("marked", overdue.markOverdue());
    }
}
