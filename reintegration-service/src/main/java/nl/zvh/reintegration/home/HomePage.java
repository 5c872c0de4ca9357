package nl.zvh.reintegration.home;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zvh.platform.security.CurrentUser;

/** Start page of the programme UI. */
@Path("/ui")
public class HomePage {

    @Inject
    Template home;
    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"reintegration-coordinator"})
    public TemplateInstance get(@HeaderParam("X-Forwarded-Prefix") String prefix) {
        return home.data("user", user.name()).data("house", user.house())
                .data("prefix", prefix == null ? "" : prefix);
    }
}
