package nl.zvh.intake.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.zvh.intake.notification.NotificationView;
import nl.zvh.intake.notification.Notifications;

/** The organisation's inbox: what the triage table did with its referrals. */
@Path("/ui/notifications")
@RolesAllowed("referrer")
public class InboxPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(String prefix, List<NotificationView> notifications);
    }

    @Inject
    Notifications notifications;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance inbox(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix) {
        return Templates.inbox(Prefix.of(forwardedPrefix), notifications.inbox(false, 0, 100));
    }

    @POST
    @Path("/{id}/read")
    public Response markRead(@HeaderParam("X-Forwarded-Prefix") String forwardedPrefix, @PathParam("id") UUID id) {
        notifications.markRead(id);
        return PortalPage.seeOther(Prefix.of(forwardedPrefix) + "/ui/notifications");
    }
}
