package nl.zvh.coveca.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Network meetings of a case. */
@Path("/api/cases/{caseId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("process-director")
public class MeetingResource {

    @Inject
    Meetings meetings;

    @POST
    @Operation(summary = "Plan a network meeting (location or online, invited organisations, agenda)")
    public Response plan(@PathParam("caseId") UUID caseId, @NotNull @Valid MeetingRequests.NewMeeting request) {
        MeetingView view = meetings.plan(caseId, request);
        return Response.created(URI.create("/api/cases/" + caseId + "/meetings/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "The case's meetings, oldest first")
    public List<MeetingView> list(@PathParam("caseId") UUID caseId) {
        return meetings.list(caseId);
    }

    @GET
    @Path("/{meetingId}")
    @Operation(summary = "One meeting")
    public MeetingView get(@PathParam("caseId") UUID caseId, @PathParam("meetingId") UUID meetingId) {
        return meetings.get(caseId, meetingId);
    }

    @PUT
    @Path("/{meetingId}/minutes")
    @Operation(summary = "Record minutes, attendance, client at the table and decisions; publishes NetworkMeetingHeld")
    public MeetingView minutes(@PathParam("caseId") UUID caseId, @PathParam("meetingId") UUID meetingId,
            @NotNull @Valid MeetingRequests.Minutes request) {
        return meetings.recordMinutes(caseId, meetingId, request);
    }
}
