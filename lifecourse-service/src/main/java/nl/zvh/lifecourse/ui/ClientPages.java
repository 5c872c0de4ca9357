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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.clients.ClientFiles;
import nl.zvh.lifecourse.clients.ClientRequests.ClientSummary;
import nl.zvh.lifecourse.clients.ClientScope;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.ui.form.Form;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;

/** The client list and a client's file (reads); the forms on the file post to {@link ClientForms}. */
@Path("/ui/clients")
@RolesAllowed({Access.COORDINATOR, Access.CASE_MANAGER})
public class ClientPages {
    static final int CLIENTS_PER_PAGE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(List<ClientSummary> clients, boolean coordinator, Paging paging);
    }

    @Inject
    ClientScope scope;

    @Inject
    ClientFilePage file;

    @Inject
    ClientFiles files;

    @Inject
    LifecourseAudit audit;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance clients(@Context UriInfo uri) {
        List<Candidate> list = scope.list();
        Paging paging = Paging.of(shell.path(), Responses.query(uri), CLIENTS_PER_PAGE, list.size(), null);
        List<Candidate> page = list.subList(paging.offset(), Math.min(list.size(), paging.offset() + paging.size()));
        page.forEach(c -> audit.candidate(AuditAction.SEARCH, c, ClientScope.PURPOSE));
        List<ClientSummary> rows = page.stream().map(c -> new ClientSummary(c.id(), c.fullName(), c.municipality(),
                c.includedAt(), files.hasSafetyNote(c), c.status())).toList();
        return Templates.clients(rows, scope.isCoordinator(), paging).setLocale(shell.locale());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance client(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return file.page(id, Form.empty(), ClientNotices.text(notice, shell.locale()));
    }
}
