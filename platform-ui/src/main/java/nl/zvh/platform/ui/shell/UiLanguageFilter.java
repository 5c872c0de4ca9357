package nl.zvh.platform.ui.shell;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Makes the language chosen in the header win over the browser's Accept-Language for the whole request, so that
 * Qute's variant selection, the message bundles and the shell agree.
 */
public class UiLanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void chosenLanguage(ContainerRequestContext request) {
        Cookie chosen = request.getCookies().get(UiLanguage.COOKIE);
        if (chosen != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE,
                    UiLanguage.parse(chosen.getValue()).getLanguage());
        }
    }
}
