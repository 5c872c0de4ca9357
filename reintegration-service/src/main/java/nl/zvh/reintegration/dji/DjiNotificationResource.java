package nl.zvh.reintegration.dji;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The prison service's API: post notifications, read back their processing status. */
@Path("/api/dji/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("partner-system")
public class DjiNotificationResource {

    @Inject
    DjiNotifications notifications;

    @POST
    @Operation(summary = "Receive a DJI notification", description = "201 when new; 200 with the same status when the notificationId was received before.")
    public Response receive(@NotNull @Valid DjiNotificationInput input) {
        DjiNotifications.Received received = notifications.receive(input);
        if (received.duplicate()) {
            return Response.ok(received.status()).build();
        }
        return Response.created(URI.create("/api/dji/notifications/" + input.notificationId()))
                .entity(received.status()).build();
    }

    @GET
    @Path("/{notificationId}")
    @Operation(summary = "Processing status of one of the caller's own notifications")
    public NotificationStatus status(@PathParam("notificationId") String notificationId) {
        return notifications.status(notificationId);
    }
}
