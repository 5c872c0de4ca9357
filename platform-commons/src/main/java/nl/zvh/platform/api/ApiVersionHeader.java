package nl.zvh.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every answer of a service's API ({@code /api/...}), errors included, names the API's full version in
 * {@code API-Version} (NL GOV API Design Rules, API-57), so a partner system sees which version answered. Pages
 * ({@code /ui/...}) are not an API and carry none.
 */
public class ApiVersionHeader {
    static final String HEADER = "API-Version";

    @Inject
    ApiConfig config;

    @ServerResponseFilter
    public void version(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/api/") || path.equals("/api")) {
            response.getHeaders().putSingle(HEADER, config.version());
        }
    }
}
