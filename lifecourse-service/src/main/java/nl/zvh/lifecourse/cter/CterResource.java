package nl.zvh.lifecourse.cter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.cter.CterRequests.CterOutcomeDecidedV1;
import nl.zvh.lifecourse.cter.CterRequests.NewPerson;
import nl.zvh.lifecourse.cter.CterRequests.NewSession;
import nl.zvh.lifecourse.cter.CterRequests.NewWeighing;
import nl.zvh.lifecourse.cter.CterRequests.PersonView;
import nl.zvh.lifecourse.cter.CterRequests.SessionView;
import nl.zvh.lifecourse.cter.CterRequests.WeighingView;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.outbox.Outbox;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * CTER data of the caller's house: ONLY for role cter-member (every other role is 403; another house's data is
 * 404). A weighing records the outcome and publishes CterOutcomeDecided in the same transaction.
 */
@Path("/api/cter")
@RolesAllowed("cter-member")
public class CterResource {
    static final String PURPOSE = "cter-weighing";

    @Inject
    CurrentUser user;
    @Inject
    LifecourseAudit audit;
    @Inject
    Outbox outbox;

    @POST
    @Path("/persons")
    @Transactional
    public Response report(@Valid @NotNull NewPerson request) {
        CterPerson p = new CterPerson();
        p.id = UUID.randomUUID();
        p.house = user.requireHouse();
        p.municipality = request.municipality();
        p.personId = request.personId() != null ? request.personId() : UUID.randomUUID();
        p.firstName = request.firstName();
        p.lastName = request.lastName();
        p.source = request.source();
        p.ideology = request.ideology();
        p.reportedAt = Instant.now();
        p.persist();
        audit.record(AuditAction.CREATE, LifecourseAudit.CTER, p.id, p.personId, PURPOSE);
        return Response.status(Response.Status.CREATED).entity(PersonView.of(p)).build();
    }

    @GET
    @Path("/persons")
    @Transactional
    public List<PersonView> persons() {
        List<CterPerson> found = CterPerson.<CterPerson>find("house = ?1 order by reportedAt", user.requireHouse())
                .list();
        found.forEach(p -> audit.record(AuditAction.SEARCH, LifecourseAudit.CTER, p.id, p.personId, PURPOSE));
        return found.stream().map(PersonView::of).toList();
    }

    @GET
    @Path("/persons/{id}")
    @Transactional
    public PersonView person(@PathParam("id") UUID id) {
        CterPerson p = CterPerson.<CterPerson>find("id = ?1 and house = ?2", id, user.requireHouse())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("CTER person " + id));
        audit.record(AuditAction.READ, LifecourseAudit.CTER, p.id, p.personId, PURPOSE);
        return PersonView.of(p);
    }

    @POST
    @Path("/sessions")
    @Transactional
    public Response newSession(@Valid @NotNull NewSession request) {
        CterSession s = new CterSession();
        s.id = UUID.randomUUID();
        s.house = user.requireHouse();
        s.sessionDate = request.date();
        s.attendees = String.join("\n", request.attendees());
        s.createdAt = Instant.now();
        s.persist();
        return Response.status(Response.Status.CREATED).entity(view(s)).build();
    }

    @GET
    @Path("/sessions")
    @Transactional
    public List<SessionView> sessions() {
        return CterSession.<CterSession>find("house = ?1 order by sessionDate desc", user.requireHouse()).list()
                .stream().map(this::view).toList();
    }

    @GET
    @Path("/sessions/{id}")
    @Transactional
    public SessionView session(@PathParam("id") UUID id) {
        return view(findSession(id));
    }

    @POST
    @Path("/sessions/{id}/weighings")
    @Transactional
    public WeighingView weigh(@PathParam("id") UUID id, @Valid @NotNull NewWeighing request) {
        CterSession s = findSession(id);
        CterPerson p = CterPerson.<CterPerson>find("id = ?1 and house = ?2", request.cterPersonId(), s.house)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid("cterPersonId", "no reported person of this house"));
        if (request.reviewDate() != null && request.reviewDate().isBefore(s.sessionDate)) {
            throw ProblemException.invalid("reviewDate", "must not be before the session date");
        }
        CterWeighing w = new CterWeighing();
        w.id = UUID.randomUUID();
        w.session = s;
        w.person = p;
        w.safetyOfficer = request.safetyOfficer();
        w.outcome = request.outcome();
        w.followUp = request.followUp();
        w.reviewDate = request.reviewDate();
        w.decidedBy = user.name();
        w.decidedAt = Instant.now();
        w.persist();
        p.outcome = w.outcome;
        p.followUp = w.followUp;
        p.reviewDate = w.reviewDate;
        outbox.publish(CterRequests.TOPIC, p.id.toString(), CterRequests.OUTCOME_DECIDED, 1, p.house,
                new CterOutcomeDecidedV1(p.id, p.personId, p.house, p.municipality, s.id, s.sessionDate,
                        p.ideology, w.outcome, w.reviewDate, w.decidedAt));
        audit.record(AuditAction.UPDATE, LifecourseAudit.CTER, p.id, p.personId, PURPOSE);
        return WeighingView.of(w);
    }

    CterSession findSession(UUID id) {
        return CterSession.<CterSession>find("id = ?1 and house = ?2", id, user.requireHouse()).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("CTER session " + id));
    }

    SessionView view(CterSession s) {
        return new SessionView(s.id, s.sessionDate, s.attendeeList(),
                CterWeighing.<CterWeighing>find("session = ?1 order by decidedAt", s).list().stream()
                        .map(WeighingView::of).toList());
    }
}
