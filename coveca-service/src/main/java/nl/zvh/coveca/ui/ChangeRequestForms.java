package nl.zvh.coveca.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.zvh.coveca.partner.ChangeReply;
import nl.zvh.coveca.partner.ChangeRequests;
import nl.zvh.coveca.partner.PartnerCases;
import nl.zvh.coveca.plan.PlanRequests;

/**
 * The process director's answer on a partner's change request, one form per request on the case page (fields
 * suffixed with the request's id): change the agreement (description, owner, due date), drop it with a reason, or
 * decline with a note.
 */
@Path("/ui")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ChangeRequestForms {

    @Inject
    ChangeRequests requests;

    @Inject
    Submit submit;

    @POST
    @Path("/cases/{id}/change-requests/{requestId}")
    public Response reply(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            MultivaluedMap<String, String> body) {
        String reply = "reply-" + requestId;
        return submit.onCase(id, body, reply, null, "plan", t -> {
            ChangeReply kind = t.choice(reply, ChangeReply.class, true);
            String note = t.text("replyNote-" + requestId, PartnerCases.MAX_NOTE_LENGTH, kind != ChangeReply.CHANGED);
            if (kind == ChangeReply.CHANGED) {
                String description = t.text("replyDescription-" + requestId, 2000, true);
                String organisation = t.text("replyOrganisation-" + requestId, 200, true);
                String person = t.text("replyPerson-" + requestId, 200, false);
                var due = t.date("replyDueDate-" + requestId, true, false);
                if (t.ok()) {
                    requests.change(id, requestId,
                            new PlanRequests.AgreementEdit(description, organisation, person, due));
                }
            } else if (t.ok() && kind == ChangeReply.DROPPED) {
                requests.drop(id, requestId, note);
            } else if (t.ok()) {
                requests.decline(id, requestId, note);
            }
        });
    }
}
