package nl.zvh.triage.match;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Possible duplicate persons of the caller's house. */
@Path("/api/triage")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    @Inject
    PossibleMatches matches;

    @GET
    @Path("/referrals/{id}/matches")
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "Possible duplicate persons of a referral, as flagged by intake")
    public List<PossibleMatches.MatchView> ofReferral(@PathParam("id") UUID id) {
        return matches.ofReferral(id);
    }

    @POST
    @Path("/matches/{id}/confirm")
    @RolesAllowed("triage-chair")
    @Operation(summary = "The chair confirms: the same person")
    public PossibleMatches.MatchView confirm(@PathParam("id") UUID id) {
        return matches.decide(id, MatchStatus.CONFIRMED);
    }

    @POST
    @Path("/matches/{id}/reject")
    @RolesAllowed("triage-chair")
    @Operation(summary = "The chair rejects: different persons")
    public PossibleMatches.MatchView reject(@PathParam("id") UUID id) {
        return matches.decide(id, MatchStatus.REJECTED);
    }
}
