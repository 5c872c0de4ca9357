package nl.zvh.intake.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.zvh.intake.attachment.AttachmentView;
import nl.zvh.intake.notification.Notifications;
import nl.zvh.intake.referral.ReferralStatus;
import nl.zvh.intake.referral.ReferralSummary;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.security.CurrentUser;

/** The portal's start page: the referrals the caller may follow, with a status filter. */
@Path("/ui")
@RolesAllowed({"referrer", "triage-chair", "triage-member"})
public class PortalPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referrals(String prefix, List<ReferralSummary> referrals, String organisation,
                                                 boolean wholeHouse, boolean referrer, List<String> statuses,
                                                 String status, long unread);

        static native TemplateInstance referral(String prefix, nl.zvh.intake.referral.ReferralView referral,
                                                List<AttachmentView> attachments, boolean own,
                                                String attachmentError);
    }

    @Inject
    Referrals referrals;
    @Inject
    Notifications notifications;
    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"referrer", "triage-chair", "triage-member", "functional-admin"})
    public Response referrals(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix,
                              @QueryParam("status") String status) {
        if (!user.hasAnyRole("referrer", "triage-chair", "triage-member")) {
            return seeOther(Prefix.of(forwardedPrefix) + "/ui/admin/reference"); // the functional admin's page
        }
        ReferralStatus filter = Arrays.stream(ReferralStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        boolean referrer = user.hasRole("referrer");
        return Response.ok(Templates.referrals(Prefix.of(forwardedPrefix), referrals.list(filter, 0, 200),
                user.organisation(), user.hasAnyRole("triage-chair", "triage-member"), referrer,
                Arrays.stream(ReferralStatus.values()).map(Enum::name).toList(), filter == null ? "" : filter.name(),
                referrer ? notifications.unreadCount() : 0)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** 303 to a page of the portal, by its path through the gateway (never made absolute to this service). */
    static Response seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path).build();
    }
}
