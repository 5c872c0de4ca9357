package nl.zvh.intake.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.intake.referral.ReferralSummary;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.security.CurrentUser;

/** The portal's start page: the referrals the caller may follow, newest first. */
@Path("/ui")
public class PortalPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referrals(List<ReferralSummary> referrals, String organisation,
                                                 boolean wholeHouse);
    }

    @Inject
    Referrals referrals;
    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"referrer", "triage-chair", "triage-member"})
    public TemplateInstance referrals() {
        return Templates.referrals(referrals.list(null, 0, 100), user.organisation(),
                user.hasAnyRole("triage-chair", "triage-member"));
    }
}
