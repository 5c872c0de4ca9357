package nl.zvh.coveca.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Cases for partner professionals: only those their organisation is involved in (else 404), own agreements only. */
@Path("/api/partner/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("case-partner")
public class PartnerResource {

    /** A request to change an agreement, with why. */
    public record ChangeRequest(@NotBlank @Size(max = PartnerCases.MAX_NOTE_LENGTH) String note) {
    }

    @Inject
    PartnerCases partner;

    @GET
    @Operation(summary = "Cases the caller's organisation is involved in, with its agreements still to do")
    public List<PartnerCaseView.Item> list() {
        return partner.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The case as the partner sees it: summary, safety notes, plan, own agreements, invited meetings")
    public PartnerCaseView get(@PathParam("id") UUID id) {
        return partner.get(id);
    }

    @POST
    @Path("/{id}/agreements/{agreementId}/done")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Mark one of the own organisation's agreements done")
    public PartnerCaseView done(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId) {
        return partner.markDone(id, agreementId);
    }

    @POST
    @Path("/{id}/agreements/{agreementId}/change-requests")
    @Operation(summary = "Ask the process director to change one of the own organisation's agreements, with a note")
    public PartnerCaseView askChange(@PathParam("id") UUID id, @PathParam("agreementId") UUID agreementId,
            @NotNull @Valid ChangeRequest request) {
        return partner.askChange(id, agreementId, request.note());
    }
}
