package nl.zvh.gateway.landing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.zvh.platform.ui.shell.Shell;

/** {@code GET /}: the start page after login, with a tile per programme the user's roles open. */
@Path("/")
@Authenticated
public class LandingResource {

    /** The role that integrates partner systems and so is shown the API documentation. */
    static final String INTEGRATING_ROLE = "functional-admin";

    /** One programme tile. */
    public record Tile(String title, String path) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(List<Tile> tiles, boolean apiDocs);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    Shell shell;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance landing() {
        List<Tile> tiles = shell.programmes().stream().map(p -> new Tile(p.title(), p.href())).toList();
        return Templates.landing(tiles, identity.hasRole(INTEGRATING_ROLE));
    }
}
