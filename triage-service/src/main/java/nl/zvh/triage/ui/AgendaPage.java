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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.triage.session.AgendaEntry;
import nl.zvh.triage.session.SessionView;
import nl.zvh.triage.session.Sessions;

/**
 * The table's agenda: a week of sessions (opening on the week of the coming session, with links to the weeks around
 * it) and one session's agenda; the chair opens the meeting here ("Vergadering openen") and adds extra sessions. Only the agenda shown is
 * read (and audited); the week's list holds no persons.
 */
@Path("/ui/agenda")
public class AgendaPage {
    static final int PAGE_SIZE = 50;

    /** The week shown: Monday to Sunday, its ISO number, its sessions and the Mondays of the weeks around it. */
    public record Week(LocalDate monday, LocalDate sunday, int number, List<SessionView> sessions, LocalDate previous,
            LocalDate next, LocalDate today) {
        /** Whether this is the current week. */
        public boolean current() {
            return !today.isBefore(monday) && !today.isAfter(sunday);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(Week week, SessionView session, List<AgendaEntry> entries, Paging paging,
                boolean chair, Form extra, String notice, String error);
    }

    @Inject
    Sessions sessions;

    @Inject
    Shell shell;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public TemplateInstance agenda(@Context UriInfo uri, @QueryParam("week") String week,
            @QueryParam("session") String session, @QueryParam("saved") String saved) {
        TableMessages text = Texts.of(shell.locale());
        String notice = "opened".equals(saved)
                ? text.sessionOpened()
                : "added".equals(saved) ? text.extraSessionAdded() : null;
        return page(shell.path(), Pages.query(uri), parseDate(week), parseId(session), Form.empty(), notice, null);
    }

    /** The chair adds an extra session (e.g. for an urgent referral, or the table meets today). */
    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("triage-chair")
    public Response addExtra(@HeaderParam("X-Forwarded-Prefix") String prefix, MultivaluedMap<String, String> body) {
        Fields fields = Fields.of(body, shell.locale());
        LocalDate date = fields.date("date", true, false);
        LocalTime time = fields.time("time", true);
        String reason = fields.text("reason", 500, true);
        if (date != null && date.isBefore(sessions.today())) {
            fields.reject("date", Texts.of(shell.locale()).extraDateInPast());
        }
        if (!fields.ok()) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(shell.prefix() + "/ui/agenda", Map.of(), null, null, fields.form(), null, null))
                    .build();
        }
        SessionView added = sessions.addExtra(date, time, reason);
        return Pages.seeOther(prefix, "/ui/agenda?session=" + added.sessionId() + "&saved=added");
    }

    @POST
    @Path("/sessions/{id}/open")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("triage-chair")
    public Response open(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        try {
            sessions.open(id);
        } catch (ProblemException refused) {
            if (refused.problem().status() != 409) {
                throw refused;
            }
            String error = Texts.of(shell.locale()).openRefused();
            return Response.status(409).type(MediaType.TEXT_HTML_TYPE).entity(page(shell.prefix() + "/ui/agenda",
                    Map.of("session", id.toString()), null, id, Form.empty(), null, error)).build();
        }
        return Pages.seeOther(prefix, "/ui/agenda?session=" + id + "&saved=opened");
    }

    private TemplateInstance page(String path, Map<String, String> query, LocalDate week, UUID sessionId, Form extra,
            String notice, String error) {
        SessionView selected = sessionId != null ? sessions.get(sessionId) : null;
        LocalDate monday = selected != null ? mondayOf(selected.date()) : week != null ? mondayOf(week) : null;
        if (monday == null) {
            selected = sessions.next().orElse(null);
            monday = mondayOf(selected != null ? selected.date() : sessions.today());
        }
        List<SessionView> inWeek = sessions.between(monday, monday.plusDays(6));
        if (selected == null) {
            selected = sessions.comingOf(inWeek).map(s -> sessions.get(s.sessionId())).orElse(null);
        }
        Week shown = new Week(monday, monday.plusDays(6), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), inWeek,
                monday.minusWeeks(1), monday.plusWeeks(1), sessions.today());
        List<AgendaEntry> all = selected == null ? List.of() : selected.agenda();
        Paging paging = Paging.of(path, query, PAGE_SIZE, all.size(), null);
        return Templates.agenda(shown, selected, Pages.slice(all, paging), paging, user.hasRole("triage-chair"), extra,
                notice, error);
    }

    private static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A week as a date in it (ISO, as the week links write it); anything else shows the coming session's week. */
    private static LocalDate parseDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
