package nl.zvh.triage.tables;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.triage.tables.TableRequests.AgendaRequest;
import nl.zvh.triage.tables.TableRequests.Conclusion;
import nl.zvh.triage.tables.TableRequests.DecisionRequest;
import nl.zvh.triage.tables.TableRequests.MinutesRequest;
import nl.zvh.triage.tables.TableRequests.NewItem;
import nl.zvh.triage.tables.TableRequests.NewMeeting;
import nl.zvh.triage.tables.TableRequests.NewTable;
import nl.zvh.triage.tables.TableViews.InvestigationView;
import nl.zvh.triage.tables.TableViews.ItemView;
import nl.zvh.triage.tables.TableViews.MeetingView;
import nl.zvh.triage.tables.TableViews.TableView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The house's other tables (I28, prolific offenders, LPCO, youth aftercare, AWARE). The roles below only let a caller
 * reach the service; {@link TableScope} then decides in the query: the house's own staff facilitate every table, an
 * organisation sees only the tables it sits at (chair or member), the chair's organisation decides, a submitter (a
 * partner's system) only delivers items. A table outside the caller's scope is 404.
 */
@Path("/api/tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TablesResource {

    @Inject
    Tables tables;

    @Inject
    TableMeetings meetings;

    @Inject
    TableDecisions decisions;

    @Inject
    Investigations investigations;

    @GET
    @RolesAllowed({"process-director", "triage-chair", "triage-member", "partner-system"})
    @Operation(summary = "The tables the caller sits at (every table of the house for its own staff; a partner's"
            + " system: the tables it delivers items to)")
    public List<TableView> list() {
        return tables.list();
    }

    @POST
    @RolesAllowed("process-director")
    @Operation(summary = "Set up a table (the house's own process director)", description = "Body {kind, name,"
            + " chairOrganisation, members[], submitters[], cadence?, municipality (youth aftercare), contact*}; 400"
            + " problem naming each invalid field; 403 for a partner's process director.")
    public Response create(NewTable in) {
        TableView view = tables.create(in);
        return Response.created(URI.create("/api/tables/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "One table the caller sits at; 404 otherwise")
    public TableView get(@PathParam("id") UUID id) {
        return tables.get(id);
    }

    @GET
    @Path("/{id}/items")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "The table's items, oldest first (status OPEN, DECIDED or CLOSED; all when absent)")
    public List<ItemView> items(@PathParam("id") UUID id, @QueryParam("status") ItemStatus status) {
        return tables.items(id, status);
    }

    @POST
    @Path("/{id}/items")
    @RolesAllowed({"process-director", "triage-chair", "triage-member", "partner-system"})
    @Operation(summary = "Put an item on the table (the house, the chair's organisation or a submitter, e.g. the"
            + " police's system for I28)", description = "Which fields are required depends on the table's kind; 400"
                    + " problem naming each field; 400 on externalRef when that report is already on the table.")
    public Response add(@PathParam("id") UUID id, NewItem in) {
        ItemView view = tables.add(id, in, ItemSource.API);
        return Response.created(URI.create("/api/tables/" + id + "/items/" + view.id())).entity(view).build();
    }

    @POST
    @Path("/{id}/items/upload")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({"process-director", "triage-chair", "triage-member", "partner-system"})
    @Operation(summary = "The week's police reports for the I28 table as CSV (header registratienummer;datum;"
            + "gemeente;voornaam;achternaam;geboortedatum;samenvatting)", description = "All rows or none: 400"
                    + " problem naming each bad row (rows[n].field, n as a spreadsheet counts); reports already on"
                    + " the table are skipped, so the same file twice adds once.")
    public Tables.Imported upload(@PathParam("id") UUID id, String csv) {
        return tables.upload(id, csv);
    }

    @GET
    @Path("/{id}/items/{itemId}")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "One item of a table the caller sits at")
    public ItemView item(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return tables.item(id, itemId);
    }

    @GET
    @Path("/{id}/meetings")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "The table's meetings, latest first")
    public List<MeetingView> meetings(@PathParam("id") UUID id) {
        return meetings.list(id);
    }

    @POST
    @Path("/{id}/meetings")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "Plan a meeting (the chair's organisation or the house); body {date, startsAt?}")
    public Response plan(@PathParam("id") UUID id, NewMeeting in) {
        MeetingView view = meetings.plan(id, in);
        return Response.created(URI.create("/api/tables/" + id + "/meetings/" + view.id())).entity(view).build();
    }

    @GET
    @Path("/{id}/meetings/{meetingId}")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "A meeting with its agenda and decisions")
    public MeetingView meeting(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        return meetings.get(id, meetingId);
    }

    @POST
    @Path("/{id}/meetings/{meetingId}/agenda")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "Put items on the meeting's agenda; body {itemIds[]}; 409 for an item that left the table")
    public MeetingView agenda(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId, AgendaRequest in) {
        return meetings.putOnAgenda(id, meetingId, in);
    }

    @POST
    @Path("/{id}/meetings/{meetingId}/decisions")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "The table's decision on an item on the agenda", description = "Body {itemId, outcome,"
            + " agreements?, trackEnd? (AWARE join/extend), responsibleOrganisation? (AWARE join)}; outcomes are the"
            + " table kind's own; an I28 WVGGZ_REPORT starts the municipality's exploratory investigation (deadline"
            + " 14 days); 409 when already decided at this meeting.")
    public MeetingView decide(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId, DecisionRequest in) {
        return decisions.decide(id, meetingId, in);
    }

    @POST
    @Path("/{id}/meetings/{meetingId}/minutes")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "Attendance and minutes of the meeting; body {attendance[], minutes}")
    public MeetingView minutes(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId, MinutesRequest in) {
        return meetings.minutes(id, meetingId, in);
    }

    @GET
    @Path("/{id}/investigations")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "The I28 table's Wvggz exploratory investigations: open first by deadline, overdue marked")
    public List<InvestigationView> investigations(@PathParam("id") UUID id) {
        return investigations.list(id);
    }

    @POST
    @Path("/{id}/investigations/{investigationId}/conclusion")
    @RolesAllowed({"process-director", "triage-chair", "triage-member"})
    @Operation(summary = "How the exploratory investigation ended; body {outcome, concludedOn?}")
    public InvestigationView conclude(@PathParam("id") UUID id, @PathParam("investigationId") UUID investigationId,
            Conclusion in) {
        return investigations.conclude(id, investigationId, in);
    }
}
