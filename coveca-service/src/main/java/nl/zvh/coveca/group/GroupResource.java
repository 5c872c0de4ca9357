package nl.zvh.coveca.group;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Groups for process directors: the house's own directors see every group of the house, a partner's directors the
 * groups their organisation opened (else 404).
 */
@Path("/api/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("process-director")
public class GroupResource {

    @Inject
    Groups groups;

    @Inject
    GroupMeetings meetings;

    @POST
    @Operation(summary = "Open a group (name, municipality, description); the caller's organisation opens it")
    public Response open(@NotNull @Valid GroupRequests.NewGroup request) {
        GroupView.Summary view = groups.open(request);
        return Response.created(URI.create("/api/groups/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(summary = "Groups the caller sees with their numbers of subgroups and members (no persons); "
            + "closed ones only with closed=true")
    public List<GroupView.Summary> list(@QueryParam("closed") boolean withClosed) {
        return groups.list(withClosed);
    }

    @GET
    @Path("/{groupId}")
    @Operation(summary = "One group with its subgroups and members; 404 outside the caller's scope")
    public GroupView get(@PathParam("groupId") UUID groupId) {
        return groups.get(groupId);
    }

    @POST
    @Path("/{groupId}/subgroups")
    @Operation(summary = "Add a subgroup (its name unique in the group) to an open group")
    public Response addSubgroup(@PathParam("groupId") UUID groupId, @NotNull @Valid GroupRequests.NewSubgroup request) {
        GroupView.SubgroupView view = groups.addSubgroup(groupId, request);
        return Response.created(URI.create("/api/groups/" + groupId + "/subgroups/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/{groupId}/members")
    @Operation(summary = "Add a member: the main person of a case of the house the caller sees (caseId), or a name "
            + "and date of birth (person); optionally in a subgroup")
    public Response addMember(@PathParam("groupId") UUID groupId, @NotNull @Valid GroupRequests.NewMember request) {
        GroupView.MemberView view = groups.addMember(groupId, request);
        return Response.created(URI.create("/api/groups/" + groupId)).entity(view).build();
    }

    @PUT
    @Path("/{groupId}/members/{memberId}/subgroup")
    @Operation(summary = "Move a member to a subgroup of the group, or out of every subgroup (subgroupId null)")
    public GroupView.MemberView moveMember(@PathParam("groupId") UUID groupId, @PathParam("memberId") UUID memberId,
            @NotNull @Valid GroupRequests.MemberSubgroup request) {
        return groups.moveMember(groupId, memberId, request.subgroupId());
    }

    @POST
    @Path("/{groupId}/closure")
    @Operation(summary = "Close the group (today, or on closedOn); a closed group changes no more")
    public GroupView.Summary close(@PathParam("groupId") UUID groupId, @NotNull @Valid GroupRequests.Closure request) {
        return groups.close(groupId, request.closedOn());
    }

    @GET
    @Path("/{groupId}/subgroups/{subgroupId}/meetings")
    @Operation(summary = "The meetings a subgroup was discussed at, newest first")
    public List<GroupView.Meeting> meetings(@PathParam("groupId") UUID groupId,
            @PathParam("subgroupId") UUID subgroupId) {
        return meetings.list(groupId, subgroupId);
    }

    @POST
    @Path("/{groupId}/subgroups/{subgroupId}/meetings")
    @Operation(summary = "Record a subgroup meeting that took place: date, attendance, minutes, agreements")
    public Response recordMeeting(@PathParam("groupId") UUID groupId, @PathParam("subgroupId") UUID subgroupId,
            @NotNull @Valid GroupRequests.NewMeeting request) {
        GroupView.Meeting view = meetings.record(groupId, subgroupId, request);
        return Response.created(URI.create("/api/groups/" + groupId + "/subgroups/" + subgroupId + "/meetings"))
                .entity(view).build();
    }
}
