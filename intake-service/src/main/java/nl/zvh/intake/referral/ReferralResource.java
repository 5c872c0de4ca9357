package nl.zvh.intake.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Referral API for partner professionals (through the portal) and partner systems (through the gateway). */
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    /** Body of a withdrawal. */
    public record Withdrawal(@Size(max = 1000) String reason) {
    }

    @Inject
    Referrals referrals;

    @POST
    @RolesAllowed({"referrer", "partner-system"})
    @Operation(summary = "Submit a referral", description = "For partner professionals (referrer) and partner systems"
            + " (client credentials, role partner-system, with organisation and house claims). Referrer, organisation"
            + " and house come from the token: a partner system files for its own organisation in its own house (a"
            + " system without a house gets 403)."
            + " Send an Idempotency-Key (e.g. a UUID per referral) to retry safely: the same key again within 24 hours"
            + " returns the referral filed the first time (201, header Idempotent-Replayed: true) instead of a second"
            + " one; the same key with another body is a 422 problem.")
    public Response submit(
            @HeaderParam(SubmissionKeys.HEADER) @Parameter(description = "the caller's own key of this"
                    + " submission, 1-200 visible ASCII characters") String idempotencyKey,
            @NotNull @Valid NewReferral request) {
        Referrals.Submitted submitted = referrals.submit(request, idempotencyKey);
        ReferralView view = submitted.referral();
        Response.ResponseBuilder created = Response.created(URI.create("/api/referrals/" + view.id())).entity(view);
        return (submitted.replayed() ? created.header("Idempotent-Replayed", "true") : created).build();
    }

    @POST
    @Path("/drafts")
    @RolesAllowed("referrer")
    @Operation(summary = "Save a draft referral (concept)", description = "Only the main person's first and last name are required; what is filled in must be valid.")
    public Response createDraft(@NotNull @Valid DraftReferral request) {
        ReferralView view = referrals.createDraft(request);
        return Response.created(URI.create("/api/referrals/" + view.id())).entity(view).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("referrer")
    @Operation(summary = "Replace the content of a draft of the own organisation; 409 once submitted")
    public ReferralView updateDraft(@PathParam("id") UUID id, @NotNull @Valid DraftReferral request) {
        return referrals.updateDraft(id, request);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("referrer")
    @Operation(summary = "Submit a draft: full validation (400 naming each field), then SUBMITTED and ReferralSubmitted")
    public ReferralView submitDraft(@PathParam("id") UUID id) {
        return referrals.submitDraft(id);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"referrer", "triage-chair"})
    @Operation(summary = "Close a decided referral (referrer's organisation or the triage chair); 409 before")
    public ReferralView close(@PathParam("id") UUID id) {
        return referrals.close(id);
    }

    @GET
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    @Operation(summary = "List referrals: a referrer's own organisation's, or the house's for the triage table")
    public List<ReferralSummary> list(@QueryParam("status") ReferralStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return referrals.list(status, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"referrer", "triage-chair", "triage-member", "partner-system"})
    @Operation(summary = "One referral; 404 when it is not in the caller's scope", description = "A partner system"
            + " reads its own organisation's referrals in its own house, like a referrer (the Location of its"
            + " submission).")
    public ReferralView get(@PathParam("id") UUID id) {
        return referrals.get(id);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed("referrer")
    @Operation(summary = "Withdraw a referral of the own organisation before triage")
    public ReferralView withdraw(@PathParam("id") UUID id, @Valid Withdrawal withdrawal) {
        return referrals.withdraw(id, withdrawal == null ? null : withdrawal.reason());
    }
}
