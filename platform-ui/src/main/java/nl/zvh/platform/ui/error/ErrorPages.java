package nl.zvh.platform.ui.error;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.zvh.platform.ui.format.Labels;
import nl.zvh.platform.ui.shell.Programme;
import nl.zvh.platform.ui.shell.UiLanguage;
import nl.zvh.platform.ui.shell.UiMessages;

/**
 * Renders an error page in the shell for a browser: Dutch title and explanation per HTTP status, the correlation id
 * as a reference, a way back to the programme and to the start page. Usable from a JAX-RS resource and from a plain
 * Vert.x route (the gateway's proxy), where it opens a request context for the shell itself.
 */
@ApplicationScoped
public class ErrorPages {

    @Inject
    @Location("zvh/error.html")
    Template error;

    /** The page's HTML for this status and request. */
    public String render(RoutingContext rc, int status, String reference) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
            if (current.getCurrent() == null) {
                current.setCurrent(rc);
            }
            var locale = UiLanguage.of(rc);
            Programme programme = Programme.of(rc.normalizedPath());
            String back = programme == null || programme.home().equals(rc.normalizedPath()) ? null : programme.home();
            UiMessages messages = UiLanguage.messages(locale);
            String backLabel = programme == null ? null : messages.backTo(Labels.of(programme, locale));
            return error.data("status", status).data("reference", reference).data("back", back)
                    .data("backLabel", backLabel).setLocale(locale).render();
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /** Whether a request is a browser navigating (a page, not an htmx fragment or an API call). */
    public static boolean isPageRequest(RoutingContext rc) {
        if (rc.request().getHeader("HX-Request") != null) {
            return false;
        }
        String accept = rc.request().getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
