package nl.zvh.lifecourse.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.lifecourse.candidates.CandidateRequests.SessionView;
import nl.zvh.lifecourse.candidates.CandidateStatus;
import nl.zvh.lifecourse.candidates.Candidates;
import nl.zvh.lifecourse.candidates.InclusionTable;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.clients.ClientFiles;
import nl.zvh.lifecourse.clients.ClientRequests.ClientView;
import nl.zvh.lifecourse.clients.ClientScope;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.lifecourse.cter.CterPersons;
import nl.zvh.lifecourse.cter.CterRequests;
import nl.zvh.lifecourse.cter.CterWeighings;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.security.CurrentUser;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;

/** The programme's pages in the shell (links carry the gateway's prefix); each reuses the API's scoping. */
@Path("/ui")
public class UiPages {
    static final int CLIENTS_PER_PAGE = 25;
    static final int PERSONS_PER_PAGE = 25;
    static final int SESSIONS_PER_PAGE = 5;

    /** A case manager of a client as people read it: the organisation (only the login name is stored). */
    public record CaseManagerRow(String organisation, Instant assignedAt, boolean mine) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(List<Candidate> clients, boolean coordinator, Paging paging);

        static native TemplateInstance client(ClientView client, List<CaseManagerRow> caseManagers);

        static native TemplateInstance inclusion(List<CandidateView> candidates, ListPage<SessionView> sessions,
                long active, int capacity);

        static native TemplateInstance cter(List<CterRequests.PersonView> persons, Paging paging,
                ListPage<CterRequests.SessionView> sessions);
    }

    @Inject
    ClientScope scope;

    @Inject
    ClientFiles files;

    @Inject
    LifecourseAudit audit;

    @Inject
    CurrentUser user;

    @Inject
    Candidates candidates;

    @Inject
    InclusionTable table;

    @Inject
    LifecourseConfig config;

    @Inject
    CterPersons cterPersons;

    @Inject
    CterWeighings weighings;

    @Inject
    Shell shell;

    @GET
    @Path("/clients")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Access.COORDINATOR, Access.CASE_MANAGER})
    @Transactional
    public TemplateInstance clients(@Context UriInfo uri) {
        List<Candidate> list = scope.list();
        Paging paging = Paging.of(shell.path(), query(uri), CLIENTS_PER_PAGE, list.size(), null);
        List<Candidate> page = list.subList(paging.offset(), Math.min(list.size(), paging.offset() + paging.size()));
        page.forEach(c -> audit.candidate(AuditAction.SEARCH, c, ClientScope.PURPOSE));
        return inLanguage(Templates.clients(page, scope.isCoordinator(), paging));
    }

    @GET
    @Path("/clients/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Access.COORDINATOR, Access.CASE_MANAGER})
    @Transactional
    public TemplateInstance client(@PathParam("id") UUID id) {
        Candidate c = scope.require(id);
        audit.candidate(AuditAction.READ, c, ClientScope.PURPOSE);
        ClientView view = files.view(c);
        List<String> me = List.of(user.name().toLowerCase(Locale.ROOT), user.id().toLowerCase(Locale.ROOT));
        List<CaseManagerRow> managers = view
                .caseManagers().stream().map(
                        m -> new CaseManagerRow(m.organisation(), m.assignedAt(),
                                m.username() != null && me.contains(m.username().toLowerCase(Locale.ROOT))
                                        && m.organisation().equalsIgnoreCase(String.valueOf(user.organisation()))))
                .toList();
        return inLanguage(Templates.client(view, managers));
    }

    @GET
    @Path("/inclusion")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Access.COORDINATOR)
    @Transactional
    public TemplateInstance inclusion(@Context UriInfo uri) {
        String house = user.requireHouse();
        ListPage<SessionView> sessions = ListPage.of(table.sessions(house), SESSIONS_PER_PAGE, "sessions", shell.path(),
                query(uri));
        List<CandidateView> waiting = candidates.list(house, null, CandidateStatus.CANDIDATE).stream()
                .map(CandidateView::of).toList();
        return inLanguage(Templates.inclusion(waiting, sessions, candidates.active(house), config.capacity(house)));
    }

    @GET
    @Path("/cter")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Access.CTER_MEMBER)
    @Transactional
    public TemplateInstance cter(@Context UriInfo uri) {
        Map<String, String> query = query(uri);
        String house = user.requireHouse();
        List<CterRequests.PersonView> persons = cterPersons.list(house).stream().map(CterRequests.PersonView::of)
                .toList();
        Paging paging = Paging.of(shell.path(), query, PERSONS_PER_PAGE, persons.size(), null);
        ListPage<CterRequests.SessionView> sessions = ListPage.of(weighings.sessions(house), SESSIONS_PER_PAGE,
                "sessions", shell.path(), query);
        return inLanguage(Templates.cter(
                persons.subList(paging.offset(), Math.min(persons.size(), paging.offset() + paging.size())), paging,
                sessions));
    }

    /**
     * The page in the person's language for labels and dates too ({@code {x.label}}, {@code {x.asDate}} read the
     * instance's locale; without it they are Dutch while the message bundles follow Accept-Language).
     */
    private TemplateInstance inLanguage(TemplateInstance page) {
        return page.setLocale(shell.locale());
    }

    private static Map<String, String> query(UriInfo uri) {
        Map<String, String> query = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        return query;
    }
}
