package nl.zvh.intake.ui;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.intake.referral.ReferralStateConflict;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The referrer withdraws an own referral with a reason, from the referral's page (after the confirmation step of
 * {@code {#confirm}}): 303 back to the page, which announces it; a missing or too long reason is a 422 with the
 * message next to the field; once triage has scheduled or decided it the page answers 409 with the Dutch refusal.
 */
@Path("/ui/referrals/{id}/withdraw")
@RolesAllowed("referrer")
public class WithdrawalPage {
    /** ReferralResource.Withdrawal's {@code @Size(max = 1000)}. */
    static final int REASON_MAX = 1000;

    @Inject
    Referrals referrals;

    @Inject
    ReferralPages pages;

    @Inject
    Shell shell;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        String typed = reason == null ? "" : reason.strip();
        PortalMessages msg = IntakeMenu.messages(shell.locale());
        String error = typed.isEmpty()
                ? msg.withdrawReasonRequired()
                : typed.length() > REASON_MAX ? msg.tooLong(REASON_MAX) : null;
        Form form = Form.of(Map.of("reason", List.of(typed)));
        if (error != null) {
            form.reject("reason", error);
            return html(422, pages.referral(id, null, null, form, null));
        }
        try {
            referrals.withdraw(id, typed);
        } catch (ReferralStateConflict tooLate) {
            return html(409, pages.referral(id, null, null, form, msg.withdrawTooLate()));
        }
        return PortalPage.seeOther(Prefix.of(shell.prefix()) + "/ui/referrals/" + id + "?notice=withdrawn");
    }

    private static Response html(int status, Object page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(page).build();
    }
}
