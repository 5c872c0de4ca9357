package nl.zvh.lifecourse.ui;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import nl.zvh.lifecourse.candidates.Candidate;
import nl.zvh.lifecourse.candidates.CandidateRequests.CandidateView;
import nl.zvh.lifecourse.candidates.CandidateRequests.SessionView;
import nl.zvh.lifecourse.candidates.CandidateResource;
import nl.zvh.lifecourse.candidates.InclusionTable;
import nl.zvh.lifecourse.candidates.LifecourseAudit;
import nl.zvh.lifecourse.clients.ClientFiles;
import nl.zvh.lifecourse.clients.ClientRequests.ClientView;
import nl.zvh.lifecourse.clients.ClientScope;
import nl.zvh.lifecourse.config.LifecourseConfig;
import nl.zvh.lifecourse.cter.CterRequests;
import nl.zvh.lifecourse.cter.CterResource;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.security.CurrentUser;

/** The programme's pages (links carry the gateway's X-Forwarded-Prefix); each reuses the API's scoping. */
@Path("/ui")
public class UiPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clients(List<Candidate> clients, boolean coordinator, String prefix,
                                               String user);

        static native TemplateInstance client(ClientView client, String prefix, String user);

        static native TemplateInstance inclusion(List<CandidateView> candidates, List<SessionView> sessions,
                                                 long active, int capacity, String prefix, String user);

        static native TemplateInstance cter(List<CterRequests.PersonView> persons,
                                            List<CterRequests.SessionView> sessions, String prefix, String user);
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
    CandidateResource candidates;
    @Inject
    InclusionTable table;
    @Inject
    LifecourseConfig config;
    @Inject
    CterResource cter;

    @GET
    @Path("/clients")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"lifecourse-coordinator", "lifecourse-case-manager"})
    @Transactional
    public TemplateInstance clients(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        List<Candidate> list = scope.list();
        list.forEach(c -> audit.candidate(AuditAction.SEARCH, c, "life-course-follow-up"));
        return Templates.clients(list, scope.isCoordinator(), prefix(prefix), user.name());
    }

    @GET
    @Path("/clients/{id}")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"lifecourse-coordinator", "lifecourse-case-manager"})
    @Transactional
    public TemplateInstance client(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix) {
        Candidate c = scope.require(id);
        audit.candidate(AuditAction.READ, c, "life-course-follow-up");
        return Templates.client(files.view(c), prefix(prefix), user.name());
    }

    @GET
    @Path("/inclusion")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("lifecourse-coordinator")
    @Transactional
    public TemplateInstance inclusion(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        String house = user.requireHouse();
        return Templates.inclusion(candidates.list(null, nl.zvh.lifecourse.candidates.CandidateStatus.CANDIDATE),
                candidates.sessions(), table.active(house), config.capacity(house), prefix(prefix), user.name());
    }

    @GET
    @Path("/cter")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed("cter-member")
    @Transactional
    public TemplateInstance cter(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.cter(cter.persons(), cter.sessions(), prefix(prefix), user.name());
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }
}
