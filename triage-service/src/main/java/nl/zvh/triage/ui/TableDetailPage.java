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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.triage.tables.InvestigationOutcome;
import nl.zvh.triage.tables.Investigations;
import nl.zvh.triage.tables.ItemCategory;
import nl.zvh.triage.tables.ItemSource;
import nl.zvh.triage.tables.ItemStatus;
import nl.zvh.triage.tables.TableKind;
import nl.zvh.triage.tables.TableMeetings;
import nl.zvh.triage.tables.TableRequests.Conclusion;
import nl.zvh.triage.tables.TableRequests.NewItem;
import nl.zvh.triage.tables.TableRequests.NewMeeting;
import nl.zvh.triage.tables.TableScope;
import nl.zvh.triage.tables.TableViews.InvestigationView;
import nl.zvh.triage.tables.TableViews.ItemView;
import nl.zvh.triage.tables.TableViews.MeetingView;
import nl.zvh.triage.tables.TableViews.TableView;
import nl.zvh.triage.tables.Tables;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * One table: its items (with the I28 investigations and the AWARE tracks ending soon as worklists), adding an item,
 * the week's upload of police reports (I28), and its meetings. Each refused form keeps what was typed and says at the
 * field what is wrong.
 */
@Path("/ui/tables/{id: [0-9a-fA-F-]{36}}")
public class TableDetailPage {

    /** What the page shows besides the table itself. */
    public record Page(TableView table, List<ItemView> items, List<ItemView> endingSoon,
            List<InvestigationView> investigations, List<MeetingView> meetings, boolean chair, boolean submits,
            Form item, Form upload, Form meeting, String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance table(Page page, List<Option> categories, List<Option> conclusions);
    }

    @Inject
    Tables tables;

    @Inject
    TableMeetings meetings;

    @Inject
    Investigations investigations;

    @Inject
    TableScope scope;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public TemplateInstance page(@PathParam("id") UUID id, @QueryParam("saved") String saved,
            @QueryParam("added") Integer added, @QueryParam("present") Integer present) {
        TablesMessages t = TableErrors.Tables.of(shell.locale());
        String notice = switch (saved == null ? "" : saved) {
            case "item" -> t.itemAdded();
            case "upload" -> t.loaded(added == null ? 0 : added, present == null ? 0 : present);
            case "meeting" -> t.meetingPlanned();
            case "concluded" -> t.concluded();
            default -> null;
        };
        return render(id, Form.empty(), Form.empty(), Form.empty(), notice);
    }

    @POST
    @Path("/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response add(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
            MultivaluedMap<String, String> body) {
        NewItem in = new NewItem(Pages.first(body, "externalRef"), Pages.first(body, "receivedOn"),
                Pages.first(body, "firstName"), Pages.first(body, "lastName"), Pages.first(body, "birthDate"),
                Pages.first(body, "municipality"), Pages.first(body, "district"), Pages.first(body, "category"),
                Pages.first(body, "summary"), TablesPage.lines(Pages.first(body, "relatedPersons")));
        try {
            tables.add(id, in, ItemSource.FORM);
        } catch (ProblemException refused) {
            return refused(refused, id, TableErrors.reject(Form.of(body), refused, shell.locale(), ""), Form.empty(),
                    Form.empty());
        }
        return Pages.seeOther(prefix, "/ui/tables/" + id + "?saved=item#items");
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response upload(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
            @RestForm("file") FileUpload file) {
        try {
            String csv = file == null || file.uploadedFile() == null
                    ? ""
                    : Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            Tables.Imported imported = tables.upload(id, csv);
            return Pages.seeOther(prefix, "/ui/tables/" + id + "?saved=upload&added=" + imported.added() + "&present="
                    + imported.alreadyPresent());
        } catch (IOException | java.io.UncheckedIOException unreadable) {
            ProblemException refused = ProblemException.invalid("file", "is empty: a header row is required");
            return refused(refused, id, Form.empty(), TableErrors.reject(Form.empty(), refused, shell.locale(), ""),
                    Form.empty());
        } catch (ProblemException refused) {
            if (!TableErrors.isValidation(refused)) {
                throw refused;
            }
            Form rows = Form.empty();
            refused.problem().errors().forEach(e -> rows.reject(e.field(), TableErrors.row(e, shell.locale())));
            return refused(refused, id, Form.empty(), rows, Form.empty());
        }
    }

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response plan(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
            MultivaluedMap<String, String> body) {
        try {
            MeetingView m = meetings.plan(id, new NewMeeting(Pages.first(body, "date"), Pages.first(body, "startsAt")));
            return Pages.seeOther(prefix, "/ui/tables/" + id + "/meetings/" + m.id() + "?saved=planned");
        } catch (ProblemException refused) {
            return refused(refused, id, Form.empty(), Form.empty(),
                    TableErrors.reject(Form.of(body), refused, shell.locale(), ""));
        }
    }

    @POST
    @Path("/investigations/{investigationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    public Response conclude(@PathParam("id") UUID id, @PathParam("investigationId") UUID investigationId,
            @HeaderParam("X-Forwarded-Prefix") String prefix, MultivaluedMap<String, String> body) {
        try {
            investigations.conclude(id, investigationId,
                    new Conclusion(Pages.first(body, "outcome"), Pages.first(body, "concludedOn")));
        } catch (ProblemException refused) {
            if (!TableErrors.isValidation(refused)) {
                throw refused;
            }
            // the conclusion's choice is a select with a required first option: only a forged post gets here
            return Pages.seeOther(prefix, "/ui/tables/" + id + "#investigations");
        }
        return Pages.seeOther(prefix, "/ui/tables/" + id + "?saved=concluded#investigations");
    }

    private Response refused(ProblemException refused, UUID id, Form item, Form upload, Form meeting) {
        return TableErrors.unprocessable(refused, () -> render(id, item, upload, meeting, null));
    }

    private TemplateInstance render(UUID id, Form item, Form upload, Form meeting, String notice) {
        TableView table = tables.get(id);
        List<ItemView> items = tables.items(id, null);
        var house = scope.seated(id);
        List<InvestigationView> open = table.kind() == TableKind.I28 ? investigations.list(id) : List.of();
        Page page = new Page(table, items.stream().filter(i -> i.status() != ItemStatus.CLOSED).toList(),
                items.stream().filter(ItemView::endingSoon).toList(), open, meetings.list(id), scope.chairs(house),
                scope.submits(house), item, upload, meeting, notice);
        return Templates.table(page, Option.of(ItemCategory.class, shell.locale()),
                Option.of(InvestigationOutcome.class, shell.locale()));
    }

}
