package nl.zvh.coveca.escalation;

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
import org.jboss.resteasy.reactive.ResponseStatus;

/** Escalation, expert consultations and ZSM scenarios of a case. */
@Path("/api/cases/{caseId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("process-director")
public class EscalationResource {

    @Inject
    Escalations escalations;

    @POST
    @Path("/escalations")
    @Operation(summary = "Escalate or de-escalate along the AVE levels, or scale down to regular care")
    @ResponseStatus(201)
    public EscalationViews.EscalationView raise(@PathParam("caseId") UUID caseId,
            @NotNull @Valid EscalationViews.NewEscalation request) {
        return escalations.raise(caseId, request);
    }

    @GET
    @Path("/escalations")
    @Operation(summary = "Escalation steps, oldest first")
    public List<EscalationViews.EscalationView> escalations(@PathParam("caseId") UUID caseId) {
        return escalations.escalations(caseId);
    }

    @PUT
    @Path("/escalations/{escalationId}/answer")
    @Operation(summary = "Record the answer to an escalation's question")
    public EscalationViews.EscalationView answer(@PathParam("caseId") UUID caseId,
            @PathParam("escalationId") UUID escalationId, @NotNull @Valid EscalationViews.Answer request) {
        return escalations.answer(caseId, escalationId, request.answer());
    }

    @POST
    @Path("/expert-consultations")
    @Operation(summary = "Record a consultation of the expert pool")
    @ResponseStatus(201)
    public EscalationViews.ConsultationView consult(@PathParam("caseId") UUID caseId,
            @NotNull @Valid EscalationViews.NewConsultation request) {
        return escalations.consult(caseId, request);
    }

    @GET
    @Path("/expert-consultations")
    @Operation(summary = "Expert consultations of the case")
    public List<EscalationViews.ConsultationView> consultations(@PathParam("caseId") UUID caseId) {
        return escalations.consultations(caseId);
    }

    @POST
    @Path("/zsm-scenarios")
    @Operation(summary = "Produce a ZSM scenario/advice for a person; valid three months")
    @ResponseStatus(201)
    public EscalationViews.ZsmView addZsm(@PathParam("caseId") UUID caseId,
            @NotNull @Valid EscalationViews.NewZsmScenario request) {
        return escalations.addZsm(caseId, request);
    }

    @GET
    @Path("/zsm-scenarios")
    @Operation(summary = "ZSM scenarios; expired ones are listed with expired=true and without their content")
    public List<EscalationViews.ZsmView> zsmScenarios(@PathParam("caseId") UUID caseId) {
        return escalations.zsmScenarios(caseId);
    }

    @GET
    @Path("/zsm-scenarios/{scenarioId}")
    @Operation(summary = "One ZSM scenario; 410 Gone once it expired")
    public EscalationViews.ZsmView zsmScenario(@PathParam("caseId") UUID caseId,
            @PathParam("scenarioId") UUID scenarioId) {
        return escalations.zsmScenario(caseId, scenarioId);
    }
}
