package nl.zvh.triage.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.triage.tables.ItemStatus;
import nl.zvh.triage.tables.TableDecisions;
import nl.zvh.triage.tables.TableMeetings;
import nl.zvh.triage.tables.TableOutcome;
import nl.zvh.triage.tables.TableRequests.AgendaRequest;
import nl.zvh.triage.tables.TableRequests.DecisionRequest;
import nl.zvh.triage.tables.TableRequests.MinutesRequest;
import nl.zvh.triage.tables.TableScope;
import nl.zvh.triage.tables.TableViews.ItemView;
import nl.zvh.triage.tables.TableViews.MeetingView;
import nl.zvh.triage.tables.TableViews.TableView;
import nl.zvh.triage.tables.Tables;

/**
 * A table's meeting: its agenda with a decision form per item not yet decided, the items waiting that the chair puts
 * on it, and the attendance and minutes. A refused decision keeps what was typed and says at its field what is wrong.
 */
@Path("/ui/tables/{id: [0-9a-fA-F-]{36}}/meetings/{meetingId: [0-9a-fA-F-]{36}}")
public class TableMeetingPage {

    /** What the page shows; {@code failed} is the item whose decision was refused (its form carries the errors). */
    public record Page(TableView table, MeetingView meeting, List<ItemView> waiting, List<Option> outcomes,
            List<String> organisations, boolean chair, UUID failed, Form decision, Form minutes, String notice) {
        /** The decision form of one agenda item: the refused one with its values and errors, the others empty. */
        public Form formFor(UUID itemId) {
            return itemId.equals(failed) ? decision : Form.empty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meeting(Page page);
    }

    @Inject
    Tables tables;

    @Inject
    TableMeetings meetings;

    @Inject
    TableDecisions decisions;

    @Inject
    TableScope scope;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public TemplateInstance page(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @QueryParam("saved") String saved) {
        TablesMessages t = TableErrors.Tables.of(shell.locale());
        String notice = switch (saved == null ? "" : saved) {
            case "planned" -> t.meetingPlanned();
            case "decided" -> t.decided();
            case "minutes" -> t.minutesSaved();
            default -> null;
        };
        return render(id, meetingId, null, Form.empty(), Form.empty(), notice);
    }

    @POST
    @Path("/agenda")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response agenda(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @HeaderParam("X-Forwarded-Prefix") String prefix, MultivaluedMap<String, String> body) {
        List<UUID> ids = new ArrayList<>();
        for (String value : body.getOrDefault("itemIds", List.of())) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                // a forged value: the service names the field below
            }
        }
        if (!ids.isEmpty()) {
            meetings.putOnAgenda(id, meetingId, new AgendaRequest(ids));
        }
        return Pages.seeOther(prefix, "/ui/tables/" + id + "/meetings/" + meetingId + "#agenda");
    }

    @POST
    @Path("/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response decide(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @HeaderParam("X-Forwarded-Prefix") String prefix, MultivaluedMap<String, String> body) {
        UUID itemId;
        try {
            itemId = UUID.fromString(String.valueOf(Pages.first(body, "itemId")));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("itemId", "is required");
        }
        try {
            decisions.decide(id, meetingId,
                    new DecisionRequest(itemId, Pages.first(body, "outcome"), Pages.first(body, "agreements"),
                            Pages.first(body, "trackEnd"), Pages.first(body, "responsibleOrganisation")));
        } catch (ProblemException refused) {
            Form form = Form.of(body);
            if (TableErrors.isValidation(refused)) {
                refused.problem().errors()
                        .forEach(e -> form.reject(e.field() + "-" + itemId, TableErrors.text(e, shell.locale())));
            }
            return TableErrors.unprocessable(refused, () -> render(id, meetingId, itemId, form, Form.empty(), null));
        }
        return Pages.seeOther(prefix, "/ui/tables/" + id + "/meetings/" + meetingId + "?saved=decided#agenda");
    }

    @POST
    @Path("/minutes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response minutes(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @HeaderParam("X-Forwarded-Prefix") String prefix, MultivaluedMap<String, String> body) {
        try {
            meetings.minutes(id, meetingId,
                    new MinutesRequest(body.getOrDefault("attendance", List.of()), Pages.first(body, "minutes")));
        } catch (ProblemException refused) {
            return TableErrors.unprocessable(refused, () -> render(id, meetingId, null, Form.empty(),
                    TableErrors.reject(Form.of(body), refused, shell.locale(), ""), null));
        }
        return Pages.seeOther(prefix, "/ui/tables/" + id + "/meetings/" + meetingId + "?saved=minutes");
    }

    private TemplateInstance render(UUID id, UUID meetingId, UUID failed, Form decision, Form minutes, String notice) {
        TableView table = tables.get(id);
        MeetingView meeting = meetings.get(id, meetingId);
        boolean chair = scope.chairs(scope.seated(id));
        Set<UUID> onAgenda = meeting.agenda().stream().map(e -> e.itemId()).collect(Collectors.toSet());
        List<ItemView> waiting = chair
                ? tables.items(id, null).stream()
                        .filter(i -> i.status() != ItemStatus.CLOSED && !onAgenda.contains(i.id())).toList()
                : List.of();
        TreeSet<String> organisations = new TreeSet<>(table.members());
        organisations.add(table.chairOrganisation());
        organisations.add(user.requireOrganisation());
        Form minutesForm = minutes.hasErrors() || meeting.attendance().isEmpty()
                ? minutes
                : Form.of(java.util.Map.of("attendance", meeting.attendance(), "minutes",
                        List.of(meeting.minutes() == null ? "" : meeting.minutes())));
        return Templates.meeting(new Page(table, meeting, waiting,
                Option.of(shell.locale(), TableOutcome.of(table.kind()).toArray(TableOutcome[]::new)),
                List.copyOf(organisations), chair, failed, decision, minutesForm, notice));
    }
}
