package nl.zvh.lifecourse.home;

import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.zvh.platform.ui.shell.Shell;

/**
 * Start page of the programme UI: only the pages the person's roles open ({@code inject:access}). A functional
 * administrator without another role here comes for the house's history and is sent to it.
 */
@Path("/ui")
public class HomePage {

    @Inject
    Template home;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"lifecourse-coordinator", "lifecourse-case-manager", "cter-member", "functional-admin"})
    public Object get() {
        var roles = shell.user().roles();
        if (roles.contains("functional-admin") && !roles.contains("lifecourse-coordinator")
                && !roles.contains("lifecourse-case-manager") && !roles.contains("cter-member")) {
            return Response.seeOther(URI.create(shell.prefix() + "/ui/admin/history")).build();
        }
        return home.instance().setLocale(shell.locale());
    }
}
