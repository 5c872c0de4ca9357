package nl.zvh.triage.table;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.zvh.triage.check.CheckViews;
import nl.zvh.triage.check.Checks;
import nl.zvh.triage.check.Sensitivity;
import nl.zvh.triage.session.SessionView;
import nl.zvh.triage.session.Sessions;

/** The agenda of the next session, and the familiarity checks of the caller's organisation with answer forms. */
@Path("/ui")
public class AgendaPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(String base, SessionView session);

        static native TemplateInstance checks(String base, List<CheckViews.PartnerCheck> checks);
    }

    @Inject
    Sessions sessions;
    @Inject
    Checks checks;

    @GET
    @Path("/agenda")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public TemplateInstance agenda(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.agenda(Base.of(prefix), sessions.next().orElse(null));
    }

    @GET
    @Path("/checks")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"triage-member", "triage-chair"})
    public TemplateInstance checks(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return Templates.checks(Base.of(prefix), checks.ownOrganisation(null));
    }

    @POST
    @Path("/checks/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({"triage-member", "triage-chair"})
    public Response answer(@PathParam("id") UUID id, @HeaderParam("X-Forwarded-Prefix") String prefix,
                           @FormParam("known") String known, @FormParam("summary") String summary,
                           @FormParam("sourceSystem") String sourceSystem, @FormParam("sensitivity") String sensitivity) {
        checks.answer(id, new Checks.Answer("true".equals(known), summary, sourceSystem,
                sensitivity == null || sensitivity.isBlank() ? Sensitivity.NORMAL : Sensitivity.valueOf(sensitivity)));
        return Response.seeOther(URI.create(Base.of(prefix) + "/ui/checks")).build();
    }
}
