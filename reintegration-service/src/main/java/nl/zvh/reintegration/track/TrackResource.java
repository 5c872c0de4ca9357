package nl.zvh.reintegration.track;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tracks for the house's re-integration coordinators. Partner systems (DJI) never read tracks. */
@Path("/api/tracks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("reintegration-coordinator")
public class TrackResource {

    /** Consent of the detainee. */
    public record ConsentInput(@NotNull Consent consent, LocalDate date) {
    }

    /** The coordinator of the track. */
    public record CoordinatorInput(@NotBlank @Size(max = 200) String coordinator) {
    }

    /** A basic condition's status, responsible partner and notes. */
    public record ConditionInput(@NotNull ConditionStatus status, @Size(max = 200) String responsiblePartner,
            @Size(max = 2000) String notes) {
    }

    @Inject
    Tracks tracks;

    @GET
    @Path("/worklist")
    @Operation(summary = "Releases in the next 30 days, tracks with open basic conditions first")
    public List<WorklistItem> worklist() {
        return tracks.worklist(LocalDate.now());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One track of the caller's house; 404 otherwise")
    public TrackView get(@PathParam("id") UUID id) {
        return tracks.get(id);
    }

    @PUT
    @Path("/{id}/consent")
    @Operation(summary = "Record the detainee's consent (given, refused, not asked) and its date")
    public TrackView consent(@PathParam("id") UUID id, @NotNull @Valid ConsentInput input) {
        return tracks.recordConsent(id, input.consent(), input.date());
    }

    @PUT
    @Path("/{id}/coordinator")
    @Operation(summary = "Assign the track's coordinator")
    public TrackView coordinator(@PathParam("id") UUID id, @NotNull @Valid CoordinatorInput input) {
        return tracks.assignCoordinator(id, input.coordinator());
    }

    @PUT
    @Path("/{id}/conditions/{condition}")
    @Operation(summary = "Record one of the five basic conditions (needs consent GIVEN beyond UNKNOWN)")
    public TrackView condition(@PathParam("id") UUID id, @PathParam("condition") ConditionType condition,
            @NotNull @Valid ConditionInput input) {
        return tracks.updateCondition(id, condition, input.status(), input.responsiblePartner(), input.notes());
    }
}
