package nl.zvh.coveca.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseClosure;
import nl.zvh.coveca.plan.AgreementStatus;
import nl.zvh.coveca.plan.PlanRequests;
import nl.zvh.coveca.plan.PlanView;
import nl.zvh.coveca.plan.Plans;

/** Forms of the action plan: goals per life domain, agreements, dropping one with a reason, approval or refusal. */
@Path("/ui")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class PlanForms {

    @Inject
    Plans plans;

    @Inject
    Submit submit;

    @POST
    @Path("/cases/{id}/plan/goals")
    public Response addGoal(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "goalDomain", null, "plan", t -> {
            String domain = t.text("goalDomain", 40, true);
            String description = t.text("goalDescription", 2000, true);
            if (t.ok()) {
                plans.addGoal(id, new PlanRequests.NewGoal(domain, description));
            }
        });
    }

    @POST
    @Path("/cases/{id}/plan/agreements")
    public Response addAgreement(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "agreementDescription", null, "plan", t -> {
            PlanView plan = plans.get(id);
            List<String> goals = plan.goals().stream().map(g -> g.id().toString()).toList();
            String goal = t.oneOf("agreementGoal", goals, false);
            String description = t.text("agreementDescription", 2000, true);
            String organisation = t.text("agreementOrganisation", 200, true);
            String person = t.text("agreementPerson", 200, false);
            var due = t.date("agreementDueDate", true, false);
            if (t.ok()) {
                plans.addAgreement(id, new PlanRequests.NewAgreement(goal == null ? null : UUID.fromString(goal), null,
                        description, organisation, person, due));
            }
        });
    }

    @POST
    @Path("/cases/{id}/plan/dropped")
    public Response drop(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "dropAgreement", null, "plan", t -> {
            List<String> open = plans.get(id).agreements().stream()
                    .filter(a -> a.status() == AgreementStatus.OPEN || a.status() == AgreementStatus.OVERDUE)
                    .map(a -> a.id().toString()).toList();
            String agreement = t.oneOf("dropAgreement", open, true);
            String reason = t.text("dropReason", 2000, true);
            if (t.ok()) {
                plans.changeStatus(id, UUID.fromString(agreement),
                        new PlanRequests.StatusChange(AgreementStatus.DROPPED, reason));
            }
        });
    }

    @POST
    @Path("/cases/{id}/plan/approval")
    public Response approve(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "approve-plan", submit.messages().ownChange(), "plan", t -> plans.approve(id));
    }

    /** A second process director refuses the plan version with a reason; the first may not (422, Dutch). */
    @POST
    @Path("/cases/{id}/plan/rejection")
    public Response reject(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "rejectPlanReason", submit.messages().ownChange(), "plan", t -> {
            String reason = t.text("rejectPlanReason", CaseClosure.MAX_REASON, true);
            if (t.ok()) {
                plans.reject(id, reason);
            }
        });
    }
}
