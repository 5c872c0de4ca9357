package nl.zvh.gateway.correlation;

import io.vertx.ext.web.RoutingContext;
import nl.zvh.platform.correlation.CorrelationId;

/**
 * The correlation id of one request through the gateway, resolved once and kept on the routing context. Which ids
 * are accepted is the platform's one rule ({@link CorrelationId#accept(String)}), so the services keep the id the
 * gateway forwards.
 */
public final class RequestCorrelation {
    public static final String HEADER = CorrelationId.HEADER;
    private static final String KEY = "zvh.correlation-id";

    private RequestCorrelation() {
    }

    /** Resolves the id once per request and stores it on the context. */
    public static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        if (id == null) {
            id = CorrelationId.accept(rc.request().getHeader(HEADER));
            rc.put(KEY, id);
        }
        return id;
    }
}
