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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.zvh.coveca.cases.CaseView;
import nl.zvh.coveca.cases.Cases;
import nl.zvh.coveca.meeting.MeetingKind;
import nl.zvh.coveca.meeting.MeetingRequests;
import nl.zvh.coveca.meeting.MeetingView;
import nl.zvh.coveca.meeting.Meetings;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Shell;

/** Network meetings on screen: planned from the case page, then a meeting page where the minutes are recorded. */
@Path("/ui")
@RolesAllowed("process-director")
@Produces(MediaType.TEXT_HTML)
public class MeetingForms {
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meeting(CaseView kase, String mainName, MeetingView meeting, boolean open,
                Form form, boolean saved, List<Option> yesNo);
    }

    @Inject
    Meetings meetings;

    @Inject
    Cases cases;

    @Inject
    Submit submit;

    @Inject
    Shell shell;

    @POST
    @Path("/cases/{id}/meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@PathParam("id") UUID id, MultivaluedMap<String, String> body) {
        return submit.onCase(id, body, "meetingLocation", null, "meetings", t -> {
            MeetingKind kind = t.choice("meetingKind", MeetingKind.class, true);
            LocalDate date = t.date("meetingDate", true, false);
            LocalTime time = t.time("meetingTime", true);
            boolean online = t.checked("meetingOnline");
            String location = t.text("meetingLocation", 200, false);
            if (!online && location == null && t.form().error("meetingLocation") == null) {
                t.reject("meetingLocation", submit.messages().locationOrOnline());
            }
            String agenda = t.text("meetingAgenda", 4000, false);
            List<MeetingRequests.Participant> invited = new ArrayList<>();
            for (String line : t.lines("meetingInvitees", 400, 40, false)) {
                int comma = line.indexOf(',');
                String organisation = comma < 0 ? line : line.substring(0, comma).strip();
                String name = comma < 0 || line.substring(comma + 1).isBlank()
                        ? null
                        : line.substring(comma + 1).strip();
                if (organisation.isEmpty() || organisation.length() > 200 || name != null && name.length() > 200) {
                    t.reject("meetingInvitees", submit.messages().inviteesHint());
                } else {
                    invited.add(new MeetingRequests.Participant(organisation, name, null));
                }
            }
            if (t.ok()) {
                meetings.plan(id, new MeetingRequests.NewMeeting(kind, date.atTime(time).atZone(NL).toInstant(),
                        online ? null : location, online, agenda, invited));
            }
        });
    }

    @GET
    @Path("/cases/{id}/meetings/{meetingId}")
    public TemplateInstance meeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @QueryParam("saved") String saved) {
        return page(id, meetingId, Form.empty(), saved != null);
    }

    /** The meeting as a calendar invitation to download (read as the meeting page is: audited). */
    @GET
    @Path("/cases/{id}/meetings/{meetingId}/invitation.ics")
    @Produces("text/calendar")
    public Response invitation(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        cases.get(id);
        MeetingView meeting = meetings.get(id, meetingId);
        UiMessages m = UiPages.messages(shell.locale());
        String summary = Labels.of(meeting.kind(), shell.locale()) + " (" + m.coveca() + ")";
        return Response.ok(MeetingInvitation.ics(meeting, summary, m.online(), Instant.now()))
                .type("text/calendar; charset=utf-8")
                .header("Content-Disposition",
                        "attachment; filename=\"overleg-" + meeting.scheduledAt().atZone(NL).toLocalDate() + ".ics\"")
                .build();
    }

    /** Records the minutes: attendance per invited person, the client at the table or not, minutes, decisions. */
    @POST
    @Path("/cases/{id}/meetings/{meetingId}/minutes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            MultivaluedMap<String, String> body) {
        Fields t = Fields.of(Form.of(body), shell.locale());
        MeetingView meeting = meetings.get(id, meetingId);
        String present = t.oneOf("clientPresent", List.of("true", "false"), true);
        String minutes = t.text("minutes", 20000, true);
        List<String> decisions = t.lines("decisions", 2000, 50, false);
        List<MeetingRequests.Participant> attendance = new ArrayList<>();
        for (int i = 0; i < meeting.participants().size(); i++) {
            MeetingRequests.Participant p = meeting.participants().get(i);
            attendance.add(new MeetingRequests.Participant(p.organisation(), p.name(), t.checked("attended-" + i)));
        }
        String error = submit.attempt(t, x -> {
            if (x.ok()) {
                meetings.recordMinutes(id, meetingId,
                        new MeetingRequests.Minutes(minutes, Boolean.valueOf(present), attendance, decisions));
            }
        }, meeting.heldAt() != null ? submit.messages().alreadyRecorded() : submit.messages().notYetHeld());
        if (error != null) {
            t.reject("minutes", error);
        }
        if (!t.ok()) {
            return Response.status(422).entity(page(id, meetingId, t.form(), false)).type(MediaType.TEXT_HTML_TYPE)
                    .build();
        }
        return Response.seeOther(URI.create(shell.prefix() + "/ui/cases/" + id + "/meetings/" + meetingId + "?saved=1"))
                .build();
    }

    private TemplateInstance page(UUID id, UUID meetingId, Form form, boolean saved) {
        CaseView kase = cases.get(id);
        MeetingView meeting = meetings.get(id, meetingId);
        String main = ZsmPages.mainName(kase);
        UiMessages m = UiPages.messages(shell.locale());
        return Templates.meeting(kase, main, meeting, kase.status().name().equals("OPEN"), form, saved,
                List.of(new Option("true", m.yes()), new Option("false", m.no()))).setLocale(shell.locale());
    }
}
