package nl.zvh.lifecourse.candidates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionResult;
import nl.zvh.lifecourse.candidates.CandidateRequests.DecisionView;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewCandidate;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewDecision;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewSession;
import nl.zvh.lifecourse.candidates.CandidateRequests.SessionView;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/** Candidates and the inclusion table of the caller's house: for the life-course coordinator only. */
@Path("/api")
@RolesAllowed("lifecourse-coordinator")
public class CandidateResource {
    static final String PURPOSE = "life-course-inclusion";

    @Inject
    CurrentUser user;
    @Inject
    Candidates candidates;
    @Inject
    InclusionTable table;
    @Inject
    LifecourseAudit audit;

    @POST
    @Path("/candidates")
    @Transactional
    public Response register(@Valid @NotNull NewCandidate request) {
        Candidate c = candidates.register(new Candidates.CandidateData(user.requireHouse(), request.municipality(),
                request.personId(), request.firstName(), request.lastName(), request.dateOfBirth(), "COORDINATOR",
                null)).orElseThrow();
        audit.candidate(AuditAction.CREATE, c, PURPOSE);
        return Response.status(Response.Status.CREATED).entity(CandidateView.of(c)).build();
    }

    @GET
    @Path("/candidates")
    @Transactional
    public List<CandidateView> list(@QueryParam("sourceReferralId") UUID referralId,
                                    @QueryParam("status") CandidateStatus status) {
        StringBuilder q = new StringBuilder("house = :house and erasedAt is null");
        var params = io.quarkus.panache.common.Parameters.with("house", user.requireHouse());
        if (referralId != null) {
            q.append(" and sourceReferralId = :referral");
            params.and("referral", referralId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        List<Candidate> found = Candidate.<Candidate>find(q + " order by createdAt", params).list();
        found.forEach(c -> audit.candidate(AuditAction.SEARCH, c, PURPOSE));
        return found.stream().map(CandidateView::of).toList();
    }

    @GET
    @Path("/candidates/{id}")
    @Transactional
    public CandidateView get(@PathParam("id") UUID id) {
        Candidate c = candidate(id);
        audit.candidate(AuditAction.READ, c, PURPOSE);
        return CandidateView.of(c);
    }

    @POST
    @Path("/inclusion-sessions")
    @Transactional
    public Response newSession(@Valid @NotNull NewSession request) {
        InclusionSession s = new InclusionSession();
        s.id = UUID.randomUUID();
        s.house = user.requireHouse();
        s.sessionDate = request.date();
        s.attendees = String.join("\n", request.attendees());
        s.createdAt = Instant.now();
        s.persist();
        return Response.status(Response.Status.CREATED).entity(view(s)).build();
    }

    @GET
    @Path("/inclusion-sessions")
    @Transactional
    public List<SessionView> sessions() {
        return InclusionSession.<InclusionSession>find("house = ?1 order by sessionDate desc", user.requireHouse())
                .list().stream().map(this::view).toList();
    }

    @GET
    @Path("/inclusion-sessions/{id}")
    @Transactional
    public SessionView session(@PathParam("id") UUID id) {
        return view(findSession(id));
    }

    @POST
    @Path("/inclusion-sessions/{id}/decisions")
    @Transactional
    public DecisionResult decide(@PathParam("id") UUID id, @Valid @NotNull NewDecision request) {
        InclusionSession s = findSession(id);
        Candidate c = Candidate.<Candidate>find("id = ?1 and house = ?2 and erasedAt is null", request.candidateId(), s.house)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid("candidateId", "no candidate of this house"));
        DecisionResult result = table.decide(s, c, request, user.name());
        audit.candidate(AuditAction.UPDATE, c, PURPOSE);
        return result;
    }

    Candidate candidate(UUID id) {
        return Candidate.<Candidate>find("id = ?1 and house = ?2 and erasedAt is null", id, user.requireHouse()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("candidate " + id));
    }

    InclusionSession findSession(UUID id) {
        return InclusionSession.<InclusionSession>find("id = ?1 and house = ?2", id, user.requireHouse())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("inclusion session " + id));
    }

    SessionView view(InclusionSession s) {
        List<DecisionView> decisions = InclusionDecision.<InclusionDecision>find("session = ?1 order by decidedAt", s)
                .list().stream().map(DecisionView::of).toList();
        return new SessionView(s.id, s.sessionDate, s.attendeeList(), decisions);
    }
}
