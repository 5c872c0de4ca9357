package nl.zvh.platform.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's X-Correlation-Id (or makes one) and returns it on every response. */
public class CorrelationIdFilters {

    @ServerRequestFilter(preMatching = true)
    public void begin(ContainerRequestContext request) {
        String id = CorrelationId.begin(request.getHeaderString(CorrelationId.HEADER));
        request.setProperty(CorrelationId.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(CorrelationId.MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(CorrelationId.HEADER, id.toString());
        }
    }
}
