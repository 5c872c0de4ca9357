package nl.zvh.triage.check;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Familiarity checks: partners (systems through the gateway, or members in the UI) answer their own. */
@Path("/api/triage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {

    /** A partner's answer. */
    public record AnswerRequest(@NotNull Boolean known, @Size(max = 2000) String summary,
            @Size(max = 200) String sourceSystem, @NotNull Sensitivity sensitivity) {
    }

    @Inject
    Checks checks;

    @GET
    @Path("/checks")
    @RolesAllowed({"partner-system", "triage-member", "triage-chair"})
    @Operation(summary = "The caller's organisation's familiarity checks in its house (optionally by status)")
    public List<CheckViews.PartnerCheck> own(@QueryParam("status") CheckStatus status) {
        return checks.ownOrganisation(status);
    }

    @GET
    @Path("/checks/overdue")
    @RolesAllowed("triage-chair")
    @Operation(summary = "Open checks past their deadline in the caller's house (for the chair)")
    public List<CheckViews.OverdueCheck> overdue() {
        return checks.overdue();
    }

    @GET
    @Path("/checks/{id}")
    @RolesAllowed({"partner-system", "triage-member", "triage-chair"})
    @Operation(summary = "One check of the caller's organisation; 404 for any other")
    public CheckViews.PartnerCheck one(@PathParam("id") UUID id) {
        return checks.ownCheck(id);
    }

    @PUT
    @Path("/checks/{id}/answer")
    @RolesAllowed({"partner-system", "triage-member", "triage-chair"})
    @Operation(summary = "Answer (or correct the answer to) a check of the caller's organisation")
    public CheckViews.PartnerCheck answer(@PathParam("id") UUID id, @NotNull @Valid AnswerRequest request) {
        return checks.answer(id,
                new Checks.Answer(request.known(), request.summary(), request.sourceSystem(), request.sensitivity()));
    }

    @GET
    @Path("/referrals/{id}/checks")
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "A referral's checks for the table; other organisations' answers only once the session started")
    public List<CheckViews.TableCheck> ofReferral(@PathParam("id") UUID id) {
        return checks.ofReferral(id);
    }
}
