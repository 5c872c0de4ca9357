package nl.zvh.platform.ui.shell;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.zvh.platform.ui.format.Labels;

/**
 * What the one layout ({@code templates/zvh/layout.html}) shows on every page of the gateway and the services, read
 * in templates as {@code {inject:shell....}}: language, house, user, the programmes the user's roles open, the
 * current programme and the gateway path of the page (services learn their prefix from X-Forwarded-Prefix).
 */
@RequestScoped
@Named("shell")
public class Shell {

    /** One entry of the programme menu. */
    public record MenuItem(String title, String href, boolean current) {
    }

    @Inject
    CurrentVertxRequest request;

    @Inject
    Instance<SecurityIdentity> identity;

    private boolean loaded;
    private Locale locale;
    private SignedInUser user;
    private String prefix;
    private String path;
    private String query;

    private void load() {
        if (loaded) {
            return;
        }
        RoutingContext rc = request.getCurrent();
        locale = UiLanguage.of(rc);
        user = SignedInUser.of(identity(rc));
        String forwarded = rc == null ? null : rc.request().getHeader("X-Forwarded-Prefix");
        // only a programme prefix as the gateway sends it ("/coveca"): never "//host" or anything a link could abuse
        prefix = forwarded == null || !forwarded.matches("/[a-z][a-z0-9-]{0,30}") ? "" : forwarded;
        path = prefix + (rc == null ? "/" : rc.normalizedPath());
        query = rc == null ? null : rc.request().query();
        loaded = true;
    }

    /** The caller: from the route (also before authentication ran, e.g. a gateway filter's error page), else CDI. */
    private SecurityIdentity identity(RoutingContext rc) {
        if (rc != null) {
            return rc.user() instanceof QuarkusHttpUser httpUser ? httpUser.getSecurityIdentity() : null;
        }
        try {
            return identity.isResolvable() ? identity.get() : null;
        } catch (RuntimeException notAuthenticatedHere) {
            return null;
        }
    }

    public String lang() {
        load();
        return locale.getLanguage();
    }

    public Locale locale() {
        load();
        return locale;
    }

    public UiMessages messages() {
        return UiLanguage.messages(locale());
    }

    public SignedInUser user() {
        load();
        return user;
    }

    /** The gateway prefix of the service rendering the page ({@code /coveca}), or empty at the gateway. */
    public String prefix() {
        load();
        return prefix;
    }

    /** The page's path at the gateway. */
    public String path() {
        load();
        return path;
    }

    /** Whether this is the gateway's start page (the breadcrumb then is only "Start"). */
    public boolean atStart() {
        return "/".equals(path());
    }

    public Programme programme() {
        return Programme.of(path());
    }

    public String programmeTitle() {
        Programme programme = programme();
        return programme == null ? null : Labels.of(programme, locale());
    }

    /** The programme's start page, unless this page is it. */
    public String programmeHome() {
        Programme programme = programme();
        if (programme == null) {
            return null;
        }
        String home = programme.home();
        String here = path();
        return here.equals(home) || (here + "/").equals(home) ? null : home;
    }

    public List<MenuItem> programmes() {
        Programme current = programme();
        return Programme.openTo(user().roles()).stream().filter(p -> p != Programme.SUBJECT_ACCESS || houseStaff())
                .map(p -> new MenuItem(Labels.of(p, locale()), p.home(), p == current)).toList();
    }

    /**
     * Whether the user works for the house's own staff organisation ({@code zvh.houses.<code>.staff-organisation}):
     * only the house's own privacy officer composes a data-subject export, so only they are offered it.
     */
    private boolean houseStaff() {
        SignedInUser u = user();
        return u.houseCode() != null && u.organisation() != null
                && org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValue("zvh.houses." + u.houseCode() + ".staff-organisation", String.class)
                        .map(u.organisation()::equals).orElse(false);
    }

    /** The gateway link that switches the language and returns to this page. */
    public String otherLanguageHref() {
        String back = path() + (query == null || query.isBlank() ? "" : "?" + query);
        return "/language?lang=" + (UiLanguage.isEnglish(locale()) ? "nl" : "en") + "&return="
                + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    public String otherLanguage() {
        return UiLanguage.isEnglish(locale()) ? "nl" : "en";
    }
}
