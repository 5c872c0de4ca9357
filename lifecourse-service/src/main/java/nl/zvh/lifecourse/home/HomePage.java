package nl.zvh.lifecourse.home;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.zvh.platform.ui.shell.Shell;

/** Start page of the programme UI: only the pages the person's roles open ({@code inject:access}). */
@Path("/ui")
public class HomePage {

    @Inject
    Template home;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"lifecourse-coordinator", "lifecourse-case-manager", "cter-member"})
    public TemplateInstance get() {
        return home.instance().setLocale(shell.locale());
    }
}
