package nl.zvh.platform.breakglass;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.audit.AuditResource;
import nl.zvh.platform.audit.AuditScope;
import nl.zvh.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Emergency access. Asking is open to authenticated users, but the service's {@link BreakGlassTarget} decides which
 * roles may ask for which record type (403 otherwise); the list is for the privacy officer, scoped like the audit log
 * ({@link AuditScope}).
 */
@Path("/api/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakGlassResource {

    @Inject
    BreakGlass breakGlass;

    @Inject
    AuditLog audit;

    @Inject
    AuditScope scope;

    @Inject
    BreakGlassReviews reviews;

    @POST
    @Authenticated
    @Operation(summary = "Request emergency access to one record with a mandatory reason; valid for"
            + " zvh.break-glass.duration (default 4 h), audited and reported to the privacy officer")
    public Response request(@NotNull @Valid BreakGlassRequest request) {
        BreakGlassGrant grant = breakGlass.request(request);
        return Response.created(URI.create("/api/break-glass/" + grant.id())).entity(grant).build();
    }

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "The caller's own break-glass grants that are still valid")
    public List<BreakGlassGrant> mine() {
        return breakGlass.mine();
    }

    @GET
    @RolesAllowed(AuditResource.PRIVACY_OFFICER)
    @Transactional
    @Operation(summary = "Break-glass grants in the privacy officer's house (a partner organisation's"
            + " privacy officer: those its own users took), newest first (active=true: valid ones; review=true: the"
            + " review list, the last 7 days and older ones not yet reviewed)")
    public List<BreakGlassGrant> list(@QueryParam("active") Boolean active, @QueryParam("review") Boolean review,
            @QueryParam("limit") Integer limit) {
        int max = limit == null ? 200 : limit;
        if (max < 1 || max > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        List<BreakGlassGrant> grants = breakGlass.list(scope.house(), scope.organisation().orElse(null),
                Boolean.TRUE.equals(active), Boolean.TRUE.equals(review), max);
        grants.stream().flatMap(g -> g.personRefs().stream()).distinct().forEach(
                ref -> audit.record(AuditAction.SEARCH, "break-glass-grant", null, ref, AuditResource.PURPOSE));
        return grants;
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(AuditResource.PRIVACY_OFFICER)
    @Operation(summary = "The privacy officer's review of a grant in the officer's scope: verdict JUSTIFIED or"
            + " NOT_JUSTIFIED (then a note is mandatory); audited; 404 outside the scope, 409 when already reviewed")
    public BreakGlassGrant review(@PathParam("id") String id, BreakGlassReview review) {
        UUID grant;
        try {
            grant = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("break-glass grant " + id);
        }
        return reviews.review(grant, scope.house(), scope.organisation().orElse(null), review);
    }
}
