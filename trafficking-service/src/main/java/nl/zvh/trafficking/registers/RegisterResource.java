package nl.zvh.trafficking.registers;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
import nl.zvh.trafficking.registers.RegisterInputs.AwarenessSessionView;
import nl.zvh.trafficking.registers.RegisterInputs.NewAwarenessSession;
import nl.zvh.trafficking.registers.RegisterInputs.NewSignalsTableSession;
import nl.zvh.trafficking.registers.RegisterInputs.SignalsTableSessionView;
import nl.zvh.trafficking.signal.SignalScope;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The house's two registers, recorded and listed the same way (201 with the record; the year's records, newest
 * first): the signals table sessions (signalentafel), where only the house's own signals can be listed as discussed,
 * by id only; and the awareness sessions (trainings and presentations given, no personal data).
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(SignalScope.COORDINATOR)
public class RegisterResource {

    @Inject
    Registers registers;

    @POST
    @Path("/signals-table-sessions")
    @Operation(summary = "Record a signals table session (signalentafel)")
    public Response recordSession(@NotNull @Valid NewSignalsTableSession in) {
        return Response.status(Response.Status.CREATED).entity(registers.recordSignalsTable(in)).build();
    }

    @GET
    @Path("/signals-table-sessions")
    @Operation(summary = "The house's signals table sessions, newest first")
    public List<SignalsTableSessionView> sessions(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return registers.signalsTables(year);
    }

    @POST
    @Path("/awareness-sessions")
    @Operation(summary = "Register a training or presentation given")
    public Response recordAwareness(@NotNull @Valid NewAwarenessSession in) {
        return Response.status(Response.Status.CREATED).entity(registers.recordAwareness(in)).build();
    }

    @GET
    @Path("/awareness-sessions")
    @Operation(summary = "The house's awareness sessions, newest first")
    public List<AwarenessSessionView> awareness(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return registers.awareness(year);
    }
}
