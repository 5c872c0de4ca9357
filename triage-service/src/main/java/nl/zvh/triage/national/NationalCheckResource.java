package nl.zvh.triage.national;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The chair of a house's triage table asks, and reads, whether a referral's persons are known at other houses. */
@Path("/api/referrals/{id}/national-checks")
@Produces(MediaType.APPLICATION_JSON)
public class NationalCheckResource {

    @Inject
    NationalChecks checks;

    @POST
    @RolesAllowed("triage-chair")
    @Operation(summary = "Ask whether the referral's persons are known at other houses", description = "Compared as"
            + " keyed hashes of BSN and of initial, surname and birth date in the national index; the answer names per"
            + " person the other houses, since when and how matched, never their content. 201 with the answer; 409"
            + " when the referral is on no triage agenda; 404 for a referral of another house. Audited at both houses.")
    public Response ask(@PathParam("id") UUID id) {
        return Response.status(Response.Status.CREATED).entity(checks.ask(id)).build();
    }

    @GET
    @RolesAllowed("triage-chair")
    @Operation(summary = "The referral's national familiarity checks, newest first (read audited per person)")
    public List<NationalCheckView> list(@PathParam("id") UUID id) {
        return checks.ofReferral(id);
    }
}
