package nl.zvh.coveca.cases;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Cases for process directors: the house's own, or those their organisation is involved in (else 404). */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("process-director")
public class CaseResource {

    @Inject
    Cases cases;

    @Inject
    CaseClosure closure;

    @POST
    @Operation(summary = "Open a case by hand; the caller becomes its process director and its organisation a partner")
    public Response open(@NotNull @Valid CaseRequests.NewCase request) {
        CaseView view = cases.open(request);
        return Response.created(URI.create("/api/cases/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Cases the caller sees, newest first; filter by status or source referral/track")
    public List<CaseSummary> list(@QueryParam("status") CaseStatus status,
            @QueryParam("sourceReferralId") UUID sourceReferralId, @QueryParam("sourceTrackId") UUID sourceTrackId) {
        return cases.list(status, sourceReferralId, sourceTrackId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with persons and partners; 404 outside the caller's scope")
    public CaseView get(@PathParam("id") UUID id) {
        return cases.get(id);
    }

    @POST
    @Path("/{id}/persons")
    @Operation(summary = "Add a system member to an open case")
    public CaseView addPerson(@PathParam("id") UUID id, @NotNull @Valid CaseRequests.NewPerson request) {
        return cases.addPerson(id, request);
    }

    @POST
    @Path("/{id}/partners")
    @Operation(summary = "Involve a partner organisation with its contact person")
    public CaseView addPartner(@PathParam("id") UUID id, @NotNull @Valid CaseRequests.NewPartner request) {
        return cases.addPartner(id, request);
    }

    @PUT
    @Path("/{id}/process-director")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The caller takes over process direction of the case")
    public CaseView takeOver(@PathParam("id") UUID id) {
        return cases.takeOver(id);
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close with a reason; in four-eyes houses the closure waits for a second person's approval")
    public CaseView close(@PathParam("id") UUID id, @NotNull @Valid CaseRequests.Closure request) {
        return closure.close(id, request);
    }

    @POST
    @Path("/{id}/closure/approval")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A second process director approves the requested closure")
    public CaseView approveClosure(@PathParam("id") UUID id) {
        return closure.approveClosure(id);
    }

    @POST
    @Path("/{id}/reopening")
    @Operation(summary = "Reopen a closed case with a reason")
    public CaseView reopen(@PathParam("id") UUID id, @NotNull @Valid CaseRequests.Reopening request) {
        return closure.reopen(id, request.reason());
    }
}
