package nl.zvh.coveca.plan;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The action plan of a case. */
@Path("/api/cases/{caseId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("process-director")
public class PlanResource {

    @Inject
    Plans plans;

    @GET
    @Operation(summary = "Goals and agreements, plan version and approval")
    public PlanView get(@PathParam("caseId") UUID caseId) {
        return plans.get(caseId);
    }

    @GET
    @Path("/history")
    @Operation(summary = "Every change of the plan, oldest first, with a snapshot of what changed")
    public List<PlanView.Change> history(@PathParam("caseId") UUID caseId) {
        return plans.history(caseId);
    }

    @POST
    @Path("/goals")
    @Operation(summary = "Add a goal on a life domain of the house")
    public PlanView addGoal(@PathParam("caseId") UUID caseId, @NotNull @Valid PlanRequests.NewGoal request) {
        return plans.addGoal(caseId, request);
    }

    @POST
    @Path("/agreements")
    @Operation(summary = "Add an agreement owned by a partner organisation and person, with a due date")
    public PlanView addAgreement(@PathParam("caseId") UUID caseId, @NotNull @Valid PlanRequests.NewAgreement request) {
        return plans.addAgreement(caseId, request);
    }

    @PUT
    @Path("/agreements/{agreementId}/status")
    @Operation(summary = "Mark an agreement DONE, or DROPPED with a reason")
    public PlanView changeStatus(@PathParam("caseId") UUID caseId, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid PlanRequests.StatusChange request) {
        return plans.changeStatus(caseId, agreementId, request);
    }

    @POST
    @Path("/approval")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A second process director approves the current plan version (four-eyes houses)")
    public PlanView approve(@PathParam("caseId") UUID caseId) {
        return plans.approve(caseId);
    }
}
