package nl.zvh.trafficking.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.trafficking.registers.RegisterInputs.NewSignalsTableSession;
import nl.zvh.trafficking.registers.RegisterInputs.SignalsTableSessionView;
import nl.zvh.trafficking.signal.SignalScope;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The house's signals table sessions (signalentafel); only the house's own signals can be listed as discussed, by id
 * only (no personal data of victims here).
 */
@Path("/api/signals-table-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(SignalScope.COORDINATOR)
public class SignalsTableResource {

    @Inject
    CurrentUser user;
    @Inject
    AuditLog audit;

    @POST
    @Transactional
    @Operation(summary = "Record a signals table session (signalentafel)")
    public Response recordSession(@NotNull @Valid NewSignalsTableSession in) {
        String house = user.requireHouse();
        if (in.signalsDiscussed() != null) {
            for (UUID signal : in.signalsDiscussed()) {
                if (nl.zvh.trafficking.signal.Signal.count("id = ?1 and house = ?2", signal, house) == 0) {
                    throw ProblemException.invalid("signalsDiscussed", "unknown signal " + signal);
                }
            }
        }
        SignalsTableSession session = new SignalsTableSession();
        session.id = UUID.randomUUID();
        session.house = house;
        session.heldOn = in.heldOn();
        session.attendees.addAll(in.attendees());
        if (in.signalsDiscussed() != null) {
            session.signalsDiscussed.addAll(in.signalsDiscussed());
        }
        session.followUp = in.followUp();
        session.createdAt = Instant.now();
        session.persist();
        for (UUID signal : session.signalsDiscussed) {
            audit.record(AuditAction.UPDATE, "trafficking-signal", signal.toString(), null, "signals-table");
        }
        return Response.status(Response.Status.CREATED).entity(SignalsTableSessionView.of(session)).build();
    }

    @GET
    @Transactional
    @Operation(summary = "The house's signals table sessions, newest first")
    public List<SignalsTableSessionView> sessions(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return SignalsTableSession.<SignalsTableSession>list(
                        "house = ?1 and (?2 = 0 or year(heldOn) = ?2) order by heldOn desc", user.requireHouse(),
                        year == null ? 0 : year)
                .stream().map(SignalsTableSessionView::of).toList();
    }
}
