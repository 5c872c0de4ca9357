package nl.zvh.triage.table;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.triage.queue.QueueItem;
import nl.zvh.triage.queue.TriageQueue;

/** The table's start page: the house's referrals waiting for triage. */
@Path("/ui")
public class TablePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(String base, List<QueueItem> items);
    }

    @Inject
    TriageQueue queue;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public TemplateInstance queue(@jakarta.ws.rs.HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.queue(Base.of(prefix), queue.waiting());
    }
}
