package nl.zvh.lifecourse.clients;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.clients.ClientRequests.AssignCaseManager;
import nl.zvh.lifecourse.clients.ClientRequests.ClientSummary;
import nl.zvh.lifecourse.clients.ClientRequests.ClientView;
import nl.zvh.lifecourse.clients.ClientRequests.Closure;
import nl.zvh.lifecourse.clients.ClientRequests.NewContact;
import nl.zvh.lifecourse.clients.ClientRequests.NewIncident;
import nl.zvh.lifecourse.clients.ClientRequests.NewNetworkMember;
import nl.zvh.lifecourse.clients.ClientRequests.NewPlanGoal;
import nl.zvh.lifecourse.clients.ClientRequests.NewReview;
import nl.zvh.lifecourse.clients.ClientRequests.NewSafetyNote;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;

/**
 * Included life-course clients. Coordinators see every client of their house; case managers only their own
 * (see {@link ClientScope}); assigning case managers is the coordinator's.
 */
@Path("/api/clients")
@RolesAllowed({"lifecourse-coordinator", "lifecourse-case-manager"})
public class ClientResource {
    @Inject
    Clients clients;

    @Inject
    ClientFiles files;

    @Inject
    CurrentUser user;

    @Inject
    Authors author;

    @GET
    public List<ClientSummary> list() {
        return clients.list();
    }

    @GET
    @Path("/{id}")
    public ClientView get(@PathParam("id") UUID id) {
        return clients.read(id);
    }

    @POST
    @Path("/{id}/case-managers")
    @RolesAllowed("lifecourse-coordinator")
    public ClientView assign(@PathParam("id") UUID id, @Valid @NotNull AssignCaseManager request) {
        return clients.change(id, c -> files.assign(c, request.organisation(), request.username()));
    }

    /** Adds a safety note (author: the caller's display name); the earlier notes stay as its history. */
    @PUT
    @Path("/{id}/safety-note")
    public ClientView safetyNote(@PathParam("id") UUID id, @Valid @NotNull NewSafetyNote request) {
        return clients.change(id, c -> files.addSafetyNote(c, request.note(), author.name()));
    }

    @POST
    @Path("/{id}/network")
    public ClientView networkMember(@PathParam("id") UUID id, @Valid @NotNull NewNetworkMember request) {
        return clients.change(id, c -> files.add(c, EntryKind.NETWORK, request.role().name(), null, LocalDate.now(),
                request.name(), null, user.name()));
    }

    /** Ends the approach with a reason: the client no longer counts against the capacity. */
    @POST
    @Path("/{id}/closure")
    @RolesAllowed("lifecourse-coordinator")
    public ClientView close(@PathParam("id") UUID id, @Valid @NotNull Closure request) {
        return clients.change(id, c -> c.close(request.reason(), request.note(), Instant.now()));
    }

    @POST
    @Path("/{id}/plan")
    public ClientView planGoal(@PathParam("id") UUID id, @Valid @NotNull NewPlanGoal request) {
        return clients.change(id, c -> files.add(c, EntryKind.PLAN_GOAL, request.domain().name(), null, LocalDate.now(),
                request.goal(), null, user.name()));
    }

    @POST
    @Path("/{id}/contacts")
    public ClientView contact(@PathParam("id") UUID id, @Valid @NotNull NewContact request) {
        return clients.change(id, c -> files.add(c, EntryKind.CONTACT, request.type().name(), request.outcome().name(),
                request.date(), request.note(), null, user.name()));
    }

    @POST
    @Path("/{id}/incidents")
    public ClientView incident(@PathParam("id") UUID id, @Valid @NotNull NewIncident request) {
        return clients.change(id, c -> files.add(c, EntryKind.INCIDENT, request.kind().name(), null, request.date(),
                request.note(), null, user.name()));
    }

    @POST
    @Path("/{id}/reviews")
    public ClientView review(@PathParam("id") UUID id, @Valid @NotNull NewReview request) {
        return clients.change(id, c -> {
            if (request.nextReviewDate() != null && !request.nextReviewDate().isAfter(request.date())) {
                throw ProblemException.invalid("nextReviewDate", "must be after the review date");
            }
            files.add(c, EntryKind.REVIEW, "PERIODIC", null, request.date(), request.summary(),
                    request.nextReviewDate(), user.name());
        });
    }
}
