package nl.zvh.triage.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.triage.national.NationalChecks;

/** The chair's button "Vraag landelijk na" on a referral's file: asks, then back to the file with the outcome. */
@Path("/ui/referrals/{id}/national-check")
public class NationalCheckPage {

    @Inject
    NationalChecks checks;

    @POST
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("triage-chair")
    public Response ask(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        try {
            checks.ask(id);
        } catch (ProblemException refusal) {
            if (refusal.problem().status() != 409) {
                throw refusal;
            }
            return Pages.seeOther(prefix, "/ui/referrals/" + id + "?saved=national-refused#national");
        }
        return Pages.seeOther(prefix, "/ui/referrals/" + id + "?saved=national#national");
    }
}
