package nl.zvh.gateway.fanout;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.zvh.gateway.correlation.RequestCorrelation;

/**
 * Who the gateway asks the services for when it fans out (figures, audit, break-glass): the caller's own access token
 * (so each service applies its own roles and house scoping), the request's correlation id (the services log it) and
 * its trace (the services' spans are children of the gateway's). Taken on the request's thread, so it holds on the
 * threads the calls are made from.
 */
public record Caller(String token, String correlationId, Context trace) {

    /** The caller of the request being handled now, with {@code token}. */
    public static Caller of(String token) {
        RoutingContext rc = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return new Caller(token, rc == null ? null : RequestCorrelation.of(rc), Context.current());
    }

    /** The headers every call on the caller's behalf carries: its token, correlation id and trace. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (correlationId != null) {
            headers.put(RequestCorrelation.HEADER, correlationId);
        }
        W3CTraceContextPropagator.getInstance().inject(trace, headers, Map::put);
        return headers;
    }

    /** A request to {@code uri} on the caller's behalf. */
    public HttpRequest.Builder request(URI uri, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
        headers().forEach(request::header);
        return request;
    }
}
