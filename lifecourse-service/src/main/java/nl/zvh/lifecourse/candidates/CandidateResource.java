package nl.zvh.lifecourse.candidates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionResult;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewCandidate;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewDecision;
import nl.zvh.lifecourse.candidates.CandidateRequests.SessionView;
import nl.zvh.lifecourse.sessions.NewSession;
import nl.zvh.platform.security.CurrentUser;

/** Candidates and the inclusion table of the caller's house: for the life-course coordinator only. */
@Path("/api")
@RolesAllowed("lifecourse-coordinator")
public class CandidateResource {

    @Inject
    CurrentUser user;

    @Inject
    Candidates candidates;

    @Inject
    InclusionTable table;

    @POST
    @Path("/candidates")
    public Response register(@Valid @NotNull NewCandidate request) {
        Candidate c = candidates.register(user.requireHouse(), request);
        return Response.status(Response.Status.CREATED).entity(CandidateView.of(c)).build();
    }

    @GET
    @Path("/candidates")
    public List<CandidateView> list(@QueryParam("sourceReferralId") UUID referralId,
            @QueryParam("status") CandidateStatus status) {
        return candidates.list(user.requireHouse(), referralId, status).stream().map(CandidateView::of).toList();
    }

    @GET
    @Path("/candidates/{id}")
    public CandidateView get(@PathParam("id") UUID id) {
        return CandidateView.of(candidates.read(id, user.requireHouse()));
    }

    /** The person of a closed client proposed again: a new candidate whose previousPeriodId is the closed one. */
    @POST
    @Path("/candidates/{id}/new-period")
    public Response proposeAgain(@PathParam("id") UUID id) {
        Candidate c = candidates.proposeAgain(id, user.requireHouse());
        return Response.status(Response.Status.CREATED).entity(CandidateView.of(c)).build();
    }

    @POST
    @Path("/inclusion-sessions")
    public Response newSession(@Valid @NotNull NewSession request) {
        return Response.status(Response.Status.CREATED).entity(table.open(user.requireHouse(), request)).build();
    }

    @GET
    @Path("/inclusion-sessions")
    public List<SessionView> sessions() {
        return table.sessions(user.requireHouse());
    }

    @GET
    @Path("/inclusion-sessions/{id}")
    public SessionView session(@PathParam("id") UUID id) {
        return table.session(id, user.requireHouse());
    }

    @POST
    @Path("/inclusion-sessions/{id}/decisions")
    public DecisionResult decide(@PathParam("id") UUID id, @Valid @NotNull NewDecision request) {
        return table.decide(id, user.requireHouse(), request, user.name());
    }
}
