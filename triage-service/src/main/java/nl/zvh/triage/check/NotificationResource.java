package nl.zvh.triage.check;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Notifications (check reminders) for the caller's organisation in its house; no personal data in them. */
@Path("/api/triage/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"partner-system", "triage-member", "triage-chair"})
    @Operation(summary = "The latest 100 notifications for the caller's organisation")
    public List<Notifications.Notification> own() {
        return notifications.latest(user.requireHouse(), user.requireOrganisation());
    }
}
