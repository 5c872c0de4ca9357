package nl.zvh.platform.caching;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every JAX-RS answer of a service (API, pages, exports) carries {@code Cache-Control: no-store} unless it says
 * otherwise: names, BSNs and case data must not stay behind in a shared computer's browser cache or a proxy. Static
 * assets are not JAX-RS answers and stay cacheable.
 */
public class NoStore {
    static final String HEADER = "Cache-Control";

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HEADER)) {
            response.getHeaders().putSingle(HEADER, "no-store");
        }
    }
}
