package nl.zvh.trafficking.approach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.zvh.trafficking.signal.SignalScope;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Coordinated approaches of the house and their care route; coordinators only, scoped to their house. */
@Path("/api/approaches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(SignalScope.COORDINATOR)
public class ApproachResource {

    @Inject
    Approaches approaches;

    @GET
    @Operation(summary = "The house's approaches, optionally by status")
    public List<ApproachView> list(@QueryParam("status") ApproachStatus status) {
        return approaches.list(status);
    }

    @GET
    @Path("/open-shelter-requests")
    @Operation(summary = "Shelter requests of open approaches still awaiting the shelter's answer")
    public List<OpenShelterRequest> openShelterRequests() {
        return approaches.openShelterRequests();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One approach with its care route; 404 outside the caller's house")
    public ApproachView get(@PathParam("id") UUID id) {
        return approaches.get(id);
    }

    @PUT
    @Path("/{id}/care-route")
    @Operation(summary = "Safety measures, legal aid, medical care, reflection period, residence procedure")
    public ApproachView careRoute(@PathParam("id") UUID id, @NotNull @Valid ApproachInputs.CareRoute in) {
        return approaches.updateCareRoute(id, in);
    }

    @POST
    @Path("/{id}/shelter-requests")
    @Operation(summary = "Ask a shelter (opvang), e.g. a national categorical shelter")
    public Response requestShelter(@PathParam("id") UUID id, @NotNull @Valid ApproachInputs.NewShelterRequest in) {
        return Response.status(Response.Status.CREATED).entity(approaches.requestShelter(id, in)).build();
    }

    @PUT
    @Path("/{id}/shelter-requests/{requestId}")
    @Operation(summary = "The shelter's answer (REFUSED with reason, PLACED) or the end of the stay (LEFT)")
    public ApproachView updateShelter(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @NotNull @Valid ApproachInputs.ShelterUpdate in) {
        return approaches.updateShelter(id, requestId, in);
    }

    @POST
    @Path("/{id}/agreements")
    @Operation(summary = "An agreement with a partner: owner organisation and due date")
    public Response addAgreement(@PathParam("id") UUID id, @NotNull @Valid ApproachInputs.NewAgreement in) {
        return Response.status(Response.Status.CREATED).entity(approaches.addAgreement(id, in)).build();
    }

    @PUT
    @Path("/{id}/agreements/{agreementId}")
    @Operation(summary = "An agreement's status: OPEN, DONE, OVERDUE, DROPPED (with reason)")
    public ApproachView updateAgreement(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid ApproachInputs.AgreementUpdate in) {
        return approaches.updateAgreement(id, agreementId, in);
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "Close the approach; publishes TraffickingApproachClosed")
    public ApproachView close(@PathParam("id") UUID id, @NotNull @Valid ApproachInputs.Closure in) {
        return approaches.close(id, in);
    }
}
