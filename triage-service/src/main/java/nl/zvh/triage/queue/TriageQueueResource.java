package nl.zvh.triage.queue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The triage table's queue. */
@Path("/api/triage/queue")
@Produces(MediaType.APPLICATION_JSON)
public class TriageQueueResource {

    @Inject
    TriageQueue queue;

    @GET
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "Referrals of the caller's house waiting for triage, urgent first")
    public List<QueueItem> waiting() {
        return queue.waiting();
    }
}
