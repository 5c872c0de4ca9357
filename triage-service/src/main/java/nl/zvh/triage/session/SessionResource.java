package nl.zvh.triage.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Sessions and agendas of the caller's house. */
@Path("/api/triage/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** An extra session, e.g. for an urgent referral. */
    public record NewSession(@NotNull LocalDate date, @NotNull LocalTime time, @Size(max = 500) String reason) {
    }

    /** Put a referral on this session's agenda (moving it from another agenda when it is on one). */
    public record AgendaRequest(@NotNull UUID referralId, @Size(max = 500) String reason) {
    }

    @Inject
    Sessions sessions;

    @GET
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "Sessions of the caller's house from a date on (default today), without agendas")
    public List<SessionView> list(@QueryParam("from") LocalDate from) {
        return sessions.upcoming(from);
    }

    @GET
    @Path("/next")
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "The next session of the caller's house with its agenda")
    public SessionView next() {
        return sessions.next().orElseThrow(() -> ProblemException.notFound("upcoming session"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "One session with its agenda; 404 outside the caller's house")
    public SessionView get(@PathParam("id") UUID id) {
        return sessions.get(id);
    }

    @POST
    @RolesAllowed("triage-chair")
    @Operation(summary = "Add an extra (urgent) session")
    public Response addExtra(@NotNull @Valid NewSession request) {
        SessionView view = sessions.addExtra(request.date(), request.time(), request.reason());
        return Response.created(URI.create("/api/triage/sessions/" + view.sessionId())).entity(view).build();
    }

    @POST
    @Path("/{id}/open")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("triage-chair")
    @Operation(summary = "The chair opens the meeting on the session's day (also before its start time): from then on"
            + " the table decides and sees the answers. Opening a started session changes nothing; 409 on another day.")
    public SessionView open(@PathParam("id") UUID id) {
        return sessions.open(id);
    }

    @POST
    @Path("/{id}/items")
    @RolesAllowed("triage-chair")
    @Operation(summary = "Add a referral to this session's agenda or move it here; publishes ReferralScheduled. The"
            + " answer is the session with the agenda's size and the moved referral only (the others are not read).")
    public SessionView moveOrAdd(@PathParam("id") UUID id, @NotNull @Valid AgendaRequest request) {
        return sessions.moveOrAdd(id, request.referralId(), request.reason());
    }
}
