package nl.zvh.lifecourse.clients;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.clients.ClientRequests.AssignCaseManager;
import nl.zvh.lifecourse.clients.ClientRequests.ClientSummary;
import nl.zvh.lifecourse.clients.ClientRequests.ClientView;
import nl.zvh.lifecourse.clients.ClientRequests.NewContact;
import nl.zvh.lifecourse.clients.ClientRequests.NewIncident;
import nl.zvh.lifecourse.clients.ClientRequests.NewPlanGoal;
import nl.zvh.lifecourse.clients.ClientRequests.NewReview;
import nl.zvh.lifecourse.clients.ClientRequests.SafetyNote;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Included life-course clients. Coordinators see every client of their house; case managers only their own
 * (see {@link ClientScope}); assigning case managers is the coordinator's.
 */
@Path("/api/clients")
@RolesAllowed({"lifecourse-coordinator", "lifecourse-case-manager"})
public class ClientResource {
    static final String PURPOSE = "life-course-follow-up";

    @Inject
    ClientScope scope;
    @Inject
    ClientFiles files;
    @Inject
    CurrentUser user;
    @Inject
    LifecourseAudit audit;

    @GET
    @Transactional
    public List<ClientSummary> list() {
        List<Candidate> clients = scope.list();
        clients.forEach(c -> audit.candidate(AuditAction.SEARCH, c, PURPOSE));
        return clients.stream().map(c -> new ClientSummary(c.id, c.fullName(), c.municipality, c.includedAt,
                c.safetyNote != null && !c.safetyNote.isBlank())).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public ClientView get(@PathParam("id") UUID id) {
        Candidate c = scope.requireReadable(id);
        audit.candidate(AuditAction.READ, c, PURPOSE);
        return files.view(c);
    }

    @POST
    @Path("/{id}/case-managers")
    @RolesAllowed("lifecourse-coordinator")
    @Transactional
    public ClientView assign(@PathParam("id") UUID id, @Valid @NotNull AssignCaseManager request) {
        Candidate c = scope.require(id);
        if (CaseManager.count("client = ?1 and lower(organisation) = lower(?2) and lower(username) = lower(?3)", c,
                request.organisation(), request.username()) > 0) {
            throw ProblemException.conflict(request.username() + " is already case manager of client " + id);
        }
        CaseManager m = new CaseManager();
        m.id = UUID.randomUUID();
        m.client = c;
        m.organisation = request.organisation();
        m.username = request.username();
        m.assignedAt = Instant.now();
        m.persist();
        audit.candidate(AuditAction.UPDATE, c, PURPOSE);
        return files.view(c);
    }

    @PUT
    @Path("/{id}/safety-note")
    @Transactional
    public ClientView safetyNote(@PathParam("id") UUID id, @Valid @NotNull SafetyNote request) {
        Candidate c = scope.require(id);
        c.safetyNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        audit.candidate(AuditAction.UPDATE, c, PURPOSE);
        return files.view(c);
    }

    @POST
    @Path("/{id}/plan")
    @Transactional
    public ClientView planGoal(@PathParam("id") UUID id, @Valid @NotNull NewPlanGoal request) {
        Candidate c = scope.require(id);
        files.add(c, EntryKind.PLAN_GOAL, request.domain().name(), null, java.time.LocalDate.now(), request.goal(),
                null, user.name());
        audit.candidate(AuditAction.UPDATE, c, PURPOSE);
        return files.view(c);
    }

    @POST
    @Path("/{id}/contacts")
    @Transactional
    public ClientView contact(@PathParam("id") UUID id, @Valid @NotNull NewContact request) {
        Candidate c = scope.require(id);
        files.add(c, EntryKind.CONTACT, request.type().name(), request.outcome().name(), request.date(),
                request.note(), null, user.name());
        audit.candidate(AuditAction.UPDATE, c, PURPOSE);
        return files.view(c);
    }

    @POST
    @Path("/{id}/incidents")
    @Transactional
    public ClientView incident(@PathParam("id") UUID id, @Valid @NotNull NewIncident request) {
        Candidate c = scope.require(id);
        files.add(c, EntryKind.INCIDENT, request.kind().name(), null, request.date(), request.note(), null,
                user.name());
        audit.candidate(AuditAction.UPDATE, c, PURPOSE);
        return files.view(c);
    }

    @POST
    @Path("/{id}/reviews")
    @Transactional
    public ClientView review(@PathParam("id") UUID id, @Valid @NotNull NewReview request) {
        Candidate c = scope.require(id);
        if (request.nextReviewDate() != null && !request.nextReviewDate().isAfter(request.date())) {
            throw ProblemException.invalid("nextReviewDate", "must be after the review date");
        }
        files.add(c, EntryKind.REVIEW, "PERIODIC", null, request.date(), request.summary(), request.nextReviewDate(),
                user.name());
        audit.candidate(AuditAction.UPDATE, c, PURPOSE);
        return files.view(c);
    }
}
