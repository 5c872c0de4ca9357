package nl.zvh.gateway.landing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import nl.zvh.gateway.i18n.AppMessages;
import nl.zvh.gateway.i18n.UiLocale;

/** {@code GET /}: the start page after login. */
@Path("/")
@Authenticated
public class LandingResource {

    /** One programme link; a null path means the programme is not available yet. */
    public record Tile(String title, String path) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance landing(String lang, UserProfile user, List<Tile> tiles);
    }

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance landing(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Locale locale = UiLocale.resolve(lang, headers.getAcceptableLanguages());
        AppMessages messages = UiLocale.messages(locale);
        List<Tile> tiles = ProgrammeCatalog.openFor(identity.getRoles()).stream()
                .map(p -> new Tile(p.title(messages), p.path()))
                .toList();
        return Templates.landing(locale.getLanguage(), UserProfile.of(identity), tiles).setLocale(locale);
    }
}
