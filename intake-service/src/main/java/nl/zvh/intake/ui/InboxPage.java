package nl.zvh.intake.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.intake.notification.NotificationView;
import nl.zvh.intake.notification.Notifications;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;

/** The organisation's inbox: what the triage table did with its referrals, newest first, paged. */
@Path("/ui/notifications")
@RolesAllowed("referrer")
public class InboxPage {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(List<NotificationView> notifications, Paging paging, boolean markedRead);
    }

    @Inject
    Notifications notifications;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance inbox(@QueryParam("page") String page, @QueryParam("notice") String notice) {
        Paging paging = Paging.of(shell.path(), page == null ? Map.of() : Map.of("page", page), PAGE_SIZE,
                notifications.count(), null);
        return Templates
                .inbox(notifications.inbox(false, paging.page() - 1, paging.size()), paging, "read".equals(notice))
                .setLocale(shell.locale());
    }

    /** Marks a message read for the whole organisation and returns to the same page of the inbox. */
    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("id") UUID id, @FormParam("page") String page) {
        notifications.markRead(id);
        String back = page != null && page.matches("[1-9][0-9]{0,5}") && !"1".equals(page) ? "page=" + page + "&" : "";
        return PortalPage.seeOther(Prefix.of(shell.prefix()) + "/ui/notifications?" + back + "notice=read");
    }
}
