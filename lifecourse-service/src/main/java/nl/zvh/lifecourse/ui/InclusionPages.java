package nl.zvh.lifecourse.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.lifecourse.candidates.CandidateRequests.NewCandidate;
import nl.zvh.lifecourse.candidates.CandidateRequests.SessionView;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.lifecourse.candidates.Decision;
import nl.zvh.lifecourse.candidates.InclusionTable;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.lifecourse.sessions.NewSession;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Fields;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Option;
import nl.zvh.platform.ui.shell.Shell;

/**
 * The coordinator's inclusion agenda: the capacity, the waiting list, proposing a candidate by hand, planning a
 * session of the inclusion table, and the session itself where each candidate on the agenda is decided.
 */
@Path("/ui/inclusion")
@RolesAllowed(Access.COORDINATOR)
public class InclusionPages {
    static final int SESSIONS_PER_PAGE = 5;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inclusion(List<CandidateView> candidates, ListPage<SessionView> sessions,
                long active, int capacity, Form form, String notice);

        static native TemplateInstance session(SessionView session, List<CandidateView> agenda, long active,
                int capacity, List<Option> decisions, Form form, String notice);
    }

    @Inject
    Candidates candidates;

    @Inject
    InclusionTable table;

    @Inject
    LifecourseConfig config;

    @Inject
    CurrentUser user;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance inclusion(@Context UriInfo uri, @QueryParam("notice") String notice) {
        return agendaPage(Responses.query(uri), Form.empty(),
                "candidate".equals(notice) ? Bundles.form(shell.locale()).candidateProposed() : null);
    }

    @POST
    @Path("/candidates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response propose(@Context UriInfo uri, @FormParam("municipality") String municipality,
            @FormParam("firstName") String firstName, @FormParam("lastName") String lastName,
            @FormParam("dateOfBirth") String dateOfBirth) {
        Fields in = Fields.of(Form.ofSingle(Map.of("municipality", nz(municipality), "firstName", nz(firstName),
                "lastName", nz(lastName), "dateOfBirth", nz(dateOfBirth))), shell.locale());
        String place = in.text("municipality", 100, true);
        String first = in.text("firstName", 100, false);
        String last = in.text("lastName", 200, true);
        LocalDate born = in.date("dateOfBirth", false, true);
        if (!in.ok()) {
            return Responses.refused(agendaPage(Responses.query(uri), in.form(), null));
        }
        candidates.register(user.requireHouse(), new NewCandidate(place, null, first, last, born));
        return Responses.seeOther("/ui/inclusion", "candidate");
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response plan(@Context UriInfo uri, @FormParam("sessionDate") String date,
            @FormParam("attendees") String attendees) {
        Fields in = Fields.of(Form.ofSingle(Map.of("sessionDate", nz(date), "attendees", nz(attendees))),
                shell.locale());
        LocalDate on = in.date("sessionDate", true, false);
        List<String> present = in.lines("attendees", 100, 19, true);
        if (!in.ok()) {
            return Responses.refused(agendaPage(Responses.query(uri), in.form(), null));
        }
        SessionView opened = table.open(user.requireHouse(), new NewSession(on, present));
        return Responses.seeOther("/ui/inclusion/sessions/" + opened.id(), "opened");
    }

    @GET
    @Path("/sessions/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance session(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        FormMessages msg = Bundles.form(shell.locale());
        String text = switch (notice == null ? "" : notice) {
            case "decided" -> msg.decided();
            case "opened" -> msg.saved();
            default -> null;
        };
        return sessionPage(id, Form.empty(), text);
    }

    @POST
    @Path("/sessions/{id}/decisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") UUID id, @FormParam("candidateId") UUID candidateId,
            @FormParam("decision") String decision, @FormParam("reason") String reason,
            @FormParam("overrideCapacity") String override) {
        String house = user.requireHouse();
        table.session(id, house);
        Decisions.Outcome outcome = Decisions.decide(table, candidates, config, house, id, candidateId, decision,
                reason, "on".equals(override), user.name(), shell.locale());
        if (outcome.refused() != null) {
            return Responses.refused(sessionPage(id, outcome.refused(), null));
        }
        return Responses.seeOther("/ui/inclusion/sessions/" + id, "decided");
    }

    private TemplateInstance agendaPage(Map<String, String> query, Form form, String notice) {
        String house = user.requireHouse();
        ListPage<SessionView> sessions = ListPage.of(table.sessions(house), SESSIONS_PER_PAGE, "sessions", shell.path(),
                query);
        return Templates
                .inclusion(waiting(house), sessions, candidates.active(house), config.capacity(house), form, notice)
                .setLocale(shell.locale());
    }

    private TemplateInstance sessionPage(UUID id, Form form, String notice) {
        String house = user.requireHouse();
        return Templates.session(table.session(id, house), waiting(house), candidates.active(house),
                config.capacity(house), Option.of(Decision.class, shell.locale()), form, notice)
                .setLocale(shell.locale());
    }

    private List<CandidateView> waiting(String house) {
        return candidates.waiting(house).stream().map(CandidateView::of).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
