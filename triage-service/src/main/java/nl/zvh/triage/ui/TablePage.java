package nl.zvh.triage.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.zvh.platform.ui.form.Paging;
import nl.zvh.platform.ui.shell.Shell;
import nl.zvh.triage.queue.QueueItem;
import nl.zvh.triage.queue.TriageQueue;

/** The table's start page: the house's referrals waiting for triage, urgent first, paged. */
@Path("/ui")
public class TablePage {
    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<QueueItem> items, Paging paging);
    }

    @Inject
    TriageQueue queue;

    @Inject
    Shell shell;

    @Inject
    nl.zvh.platform.security.CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair", "process-director"})
    public Object queue(@Context UriInfo uri, @jakarta.ws.rs.HeaderParam("X-Forwarded-Prefix") String prefix) {
        if (!user.hasAnyRole("triage-member", "triage-chair")) {
            // a process director sits at the house's other tables, not at integral triage
            return Pages.seeOther(prefix, "/ui/tables");
        }
        Paging paging = Paging.of(shell.path(), Pages.query(uri), PAGE_SIZE, queue.countWaiting(), "urgency");
        return Templates.queue(queue.waiting(paging.sort(), paging.descending(), paging.offset(), paging.size()),
                paging);
    }
}
