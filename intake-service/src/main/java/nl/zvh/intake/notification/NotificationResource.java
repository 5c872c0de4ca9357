package nl.zvh.intake.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The inbox of the caller's organisation (referral feedback from the triage table). */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("referrer")
public class NotificationResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The own organisation's notifications in the own house, newest first")
    public List<NotificationView> inbox(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return notifications.inbox(unreadOnly, page, size);
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read for the whole organisation; 404 outside the caller's scope")
    public NotificationView markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id);
    }
}
