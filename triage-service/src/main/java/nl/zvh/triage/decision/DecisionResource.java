package nl.zvh.triage.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import nl.zvh.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The table's decision on a referral. */
@Path("/api/triage/referrals/{id}/decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {

    /** The chair's decision with the members present and the rationale. */
    public record DecisionRequest(@NotNull Outcome outcome, Programme programme, Intensity intensity,
            SubApproach subApproach, @Size(max = 4000) String advice, @NotBlank @Size(max = 4000) String rationale,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> membersPresent) {
    }

    @Inject
    Decisions decisions;

    @POST
    @RolesAllowed("triage-chair")
    @Operation(summary = "Record the decision once the referral's session has started (its"
            + " start time, or the chair opened it; else 409); publishes TriageDecided")
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest r) {
        DecisionView view = decisions.decide(id, new Decisions.Request(r.outcome(), r.programme(), r.intensity(),
                r.subApproach(), r.advice(), r.rationale(), r.membersPresent()));
        return Response.created(URI.create("/api/triage/referrals/" + id + "/decision")).entity(view).build();
    }

    @GET
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "The decision on a referral, with the time from submission to feedback")
    public DecisionView get(@PathParam("id") UUID id) {
        return decisions.of(id).orElseThrow(() -> ProblemException.notFound("decision on " + id));
    }
}
