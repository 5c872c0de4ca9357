package nl.zvh.gateway.correlation;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** Resolves the correlation id of a request and keeps it on the routing context. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    private static final String KEY = "zvh.correlation-id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private CorrelationId() {
    }

    /** The caller's id when it is safe to forward and log, else a fresh UUID. */
    public static String resolve(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }

    /** Resolves the id once per request and stores it on the context. */
    public static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        if (id == null) {
            id = resolve(rc.request().getHeader(HEADER));
            rc.put(KEY, id);
        }
        return id;
    }
}
