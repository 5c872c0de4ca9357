package nl.zvh.intake.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.zvh.intake.attachment.AttachmentView;
import nl.zvh.intake.question.QuestionScope;
import nl.zvh.intake.referral.ReferralStatus;
import nl.zvh.intake.referral.ReferralSummary;
import nl.zvh.intake.referral.ReferralView;
import nl.zvh.intake.referral.Referrals;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;

/** The portal's start page: the referrals the caller may follow, newest first, paged, with a status filter. */
@Path("/ui")
@RolesAllowed({"referrer", "triage-chair", "triage-member"})
public class PortalPage {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance referrals(List<ReferralSummary> referrals, Paging paging, String organisation,
                boolean wholeHouse, boolean referrer, List<Option> statuses, String status, String statusLabel);

        static native TemplateInstance referral(ReferralView referral, List<AttachmentView> attachments, boolean own,
                boolean canUpload, List<String> problemAreas, String notice, Form upload, Withdrawal withdrawal);
    }

    /**
     * The referral page's confirmation after filing and its withdraw form.
     *
     * @param allowed the referrer may still withdraw (before triage has it)
     * @param filed just filed: the page confirms it with the reference and what happens next
     * @param form the withdraw form, with the typed reason and its message after a refused withdrawal
     * @param refusal why a withdrawal was refused (too late), else null
     */
    public record Withdrawal(boolean allowed, boolean filed, Form form, String refusal) {
    }

    @Inject
    Referrals referrals;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @Inject
    QuestionScope questionScope;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"referrer", "triage-chair", "triage-member", "functional-admin", "process-director"})
    public Response referrals(@QueryParam("status") String status, @QueryParam("page") String page) {
        if (!user.hasAnyRole("referrer", "triage-chair", "triage-member", "functional-admin")) {
            // a process director of the house's own staff answers questions here, a partner's asks them
            questionScope.requireStaffOrAsker();
            return seeOther(Prefix.of(shell.prefix()) + "/ui/questions");
        }
        if (!user.hasAnyRole("referrer", "triage-chair", "triage-member")) {
            return seeOther(Prefix.of(shell.prefix()) + "/ui/admin/reference"); // the functional admin's page
        }
        ReferralStatus filter = Arrays.stream(ReferralStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        Map<String, String> query = new LinkedHashMap<>();
        if (filter != null) {
            query.put("status", filter.name());
        }
        if (page != null) {
            query.put("page", page);
        }
        Paging paging = Paging.of(shell.path(), query, PAGE_SIZE, referrals.count(filter), null);
        boolean wholeHouse = user.hasAnyRole("triage-chair", "triage-member");
        return Response.ok(Templates
                .referrals(referrals.list(filter, paging.page() - 1, paging.size()), paging, user.organisation(),
                        wholeHouse, user.hasRole("referrer"), Option.of(ReferralStatus.class, shell.locale()),
                        filter == null ? "" : filter.name(), filter == null ? "" : Labels.of(filter, shell.locale()))
                .setLocale(shell.locale())).type(MediaType.TEXT_HTML_TYPE).build();
    }

    /** 303 to a page of the portal, by its path through the gateway (never made absolute to this service). */
    static Response seeOther(String path) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path).build();
    }
}
