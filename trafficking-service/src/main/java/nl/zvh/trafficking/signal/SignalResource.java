package nl.zvh.trafficking.signal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Signals API. Coordinators of the house register and read all of the house's signals ({@link SignalView}); partner
 * systems post signals and read back only their own organisation's ({@link PartnerSignalView}).
 */
@Path("/api/signals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignalResource {

    @Inject
    Signals signals;

    @POST
    @RolesAllowed({SignalScope.COORDINATOR, SignalScope.PARTNER})
    @Operation(summary = "Register a signal", description = "House, reporting organisation and channel come from the "
            + "token. A repeated externalReference of the same organisation answers 200 with the signal already held.")
    public Response register(@NotNull @Valid NewSignal request) {
        Signals.Registered registered = signals.register(request);
        return registered.created()
                ? Response.created(URI.create("/api/signals/" + registered.id())).entity(registered.view()).build()
                : Response.ok(registered.view()).build();
    }

    @GET
    @RolesAllowed({SignalScope.COORDINATOR, SignalScope.PARTNER})
    @Operation(summary = "The signals inbox: the house's (coordinator) or the own organisation's (partner system)")
    public List<?> list(@QueryParam("undecided") Boolean undecided,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return signals.list(undecided, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({SignalScope.COORDINATOR, SignalScope.PARTNER})
    @Operation(summary = "One signal; 404 when it is not in the caller's scope")
    public Object get(@PathParam("id") UUID id) {
        return signals.get(id);
    }

    @PUT
    @Path("/{id}/classification")
    @RolesAllowed(SignalScope.COORDINATOR)
    @Operation(summary = "Reclassify: exploitation types, primary type, source organisation")
    public SignalView classify(@PathParam("id") UUID id, @NotNull @Valid Classification classification) {
        return signals.classify(id, classification);
    }

    @PUT
    @Path("/{id}/national-registration")
    @RolesAllowed(SignalScope.COORDINATOR)
    @Operation(summary = "Record whether and when the victim was reported to CoMensha, and by which organisation")
    public SignalView registerNationally(@PathParam("id") UUID id, @NotNull @Valid NationalRegistrationInput in) {
        return signals.registerNationally(id, in);
    }
}
