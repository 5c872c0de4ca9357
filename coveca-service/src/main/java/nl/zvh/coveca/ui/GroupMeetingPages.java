package nl.zvh.coveca.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.group.GroupMeetings;
import nl.zvh.coveca.group.GroupRequests;
import nl.zvh.coveca.group.GroupView;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.shell.Shell;

/**
 * A subgroup's page: the meetings it was discussed at (newest first) and the form to record one that took place
 * (date, who attended, minutes, agreements); a refused form comes back (422) with what was typed.
 */
@Path("/ui/groups/{id}/subgroups/{subgroupId}")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
public class GroupMeetingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subgroup(GroupMeetings.Context at, List<GroupView.Meeting> meetings, Form form,
                boolean saved);
    }

    @Inject
    GroupMeetings meetings;

    @Inject
    Shell shell;

    @GET
    public TemplateInstance page(@PathParam("id") UUID id, @PathParam("subgroupId") UUID subgroupId,
            @QueryParam("saved") String saved) {
        return render(id, subgroupId, Form.empty(), saved != null);
    }

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @PathParam("subgroupId") UUID subgroupId,
            MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        GroupMessages m = GroupPage.messages(shell.locale());
        LocalDate heldOn = t.date("meetingHeldOn", true, true);
        List<String> attendance = t.lines("meetingAttendance", 200, 40, true);
        String minutes = t.text("meetingMinutes", 20000, true);
        List<String> agreements = t.lines("meetingAgreements", 400, 40, false);
        if (t.ok()) {
            String error = GroupPage
                    .attempt(m,
                            () -> meetings.record(id, subgroupId,
                                    new GroupRequests.NewMeeting(heldOn, attendance, minutes, agreements)),
                            e -> m.notSaved());
            if (error != null) {
                t.reject(error.equals(m.closed()) ? GroupPage.CLOSED_NOTICE : "meetingHeldOn", error);
            }
        }
        if (!t.ok()) {
            return Response.status(422).entity(render(id, subgroupId, t.form(), false)).type(MediaType.TEXT_HTML_TYPE)
                    .build();
        }
        return Response
                .seeOther(URI
                        .create(shell.prefix() + "/ui/groups/" + id + "/subgroups/" + subgroupId + "?saved=1#meetings"))
                .build();
    }

    private TemplateInstance render(UUID id, UUID subgroupId, Form form, boolean saved) {
        return Templates.subgroup(meetings.context(id, subgroupId), meetings.list(id, subgroupId), form, saved)
                .setLocale(shell.locale());
    }
}
