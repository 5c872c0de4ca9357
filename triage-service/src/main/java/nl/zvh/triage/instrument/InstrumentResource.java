package nl.zvh.triage.instrument;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The house's triage instrument and the scoring of a referral. */
@Path("/api/triage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    /** A scoring: item code → 0-3, children in the household, and the four national criteria. */
    public record AssessmentRequest(
            @NotNull @Size(max = 50) Map<@NotBlank String, @NotNull @Min(0) @Max(3) Integer> scores,
            @NotNull Boolean childrenInHousehold, @NotNull @Valid NationalCriteria criteria) {
    }

    /** An instrument item as configured. */
    public record ItemRequest(@NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z0-9_]+") String code,

            @NotNull InstrumentItem.ItemKind kind, @NotBlank @Size(max = 200) String label,
            @Min(1) @Max(10) int weight) {
    }

    @Inject
    Instrument instrument;

    @Inject
    CurrentUser user;

    @GET
    @Path("/instrument")
    @RolesAllowed({"triage-member", "triage-chair", "functional-admin"})
    @Operation(summary = "The caller's house's instrument items (the default set when the house has none)")
    public List<InstrumentItem> items() {
        return instrument.items(user.requireHouse());
    }

    @PUT
    @Path("/instrument")
    @RolesAllowed({"triage-chair", "functional-admin"})
    @Operation(summary = "Replace the caller's house's instrument items")
    public List<InstrumentItem> replace(@NotEmpty @Size(max = 50) List<@NotNull @Valid ItemRequest> items) {
        return instrument.replaceItems(user.requireHouse(),
                items.stream().map(i -> new InstrumentItem(i.code(), i.kind(), i.label(), i.weight())).toList());
    }

    @PUT
    @Path("/referrals/{id}/assessment")
    @RolesAllowed("triage-chair")
    @Operation(summary = "Record the table's scoring of a referral; answers with the instrument's recommendation")
    public Instrument.AssessmentView assess(@PathParam("id") UUID id, @NotNull @Valid AssessmentRequest request) {
        return instrument.assess(id, request.scores(), request.childrenInHousehold(), request.criteria());
    }

    @GET
    @Path("/referrals/{id}/assessment")
    @RolesAllowed({"triage-member", "triage-chair"})
    @Operation(summary = "The latest scoring of a referral")
    public Instrument.AssessmentView assessment(@PathParam("id") UUID id) {
        return instrument.assessment(id).orElseThrow(() -> ProblemException.notFound("assessment of " + id));
    }
}
