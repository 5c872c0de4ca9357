package nl.zvh.gateway.proxy;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import nl.zvh.gateway.correlation.RequestCorrelation;
import nl.zvh.gateway.security.SessionCookies;
import nl.zvh.gateway.versioning.ApiVersioning;

/** Builds the request headers sent to a service and filters the response headers sent back. */
public final class ForwardedHeaders {

    /** Hop-by-hop headers (RFC 9110 7.6.1) plus the ones the gateway sets itself. */
    private static final Set<String> NOT_COPIED_TO_SERVICE = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            "authorization", "cookie", "forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto",
            "x-forwarded-port", "x-forwarded-prefix", "x-correlation-id", "traceparent", "tracestate");

    private static final Set<String> NOT_COPIED_TO_CLIENT = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private ForwardedHeaders() {
    }

    @SuppressWarnings("deprecation")
    public static MultiMap toService(HttpServerRequest request, String prefix, String accessToken,
            String correlationId) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        String authorization = request.getHeader("Authorization");
        boolean apiClient = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        request.headers().forEach(entry -> {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            // a browser session never acts on someone else's behalf; API clients may, the services check who
            if (!NOT_COPIED_TO_SERVICE.contains(name) && (apiClient || !name.equals("x-on-behalf-of"))) {
                headers.add(entry.getKey(), entry.getValue());
            }
        });
        headers.set("Authorization", "Bearer " + accessToken);
        headers.set(RequestCorrelation.HEADER, correlationId);
        // the service's span is a child of the gateway's span for this request (which continues a caller's traceparent)
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, MultiMap::set);
        headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        if (request.host() != null) {
            headers.set("X-Forwarded-Host", request.host());
        }
        headers.set("X-Forwarded-Proto", request.scheme());
        headers.set("X-Forwarded-Prefix", prefix);
        String cookies = SessionCookies.stripOwn(request.getHeader("Cookie"));
        if (cookies != null) {
            headers.set("Cookie", cookies);
        }
        return headers;
    }

    /**
     * Copies the service's answer headers; a {@code Location} or {@code Content-Location} that points at the service
     * itself becomes a path on the gateway under the programme's prefix, so no internal host or port reaches a
     * browser or an API client.
     */
    public static void toClient(MultiMap fromService, MultiMap toClient, URI service, String prefix) {
        toClient(fromService, toClient, service, prefix, false);
    }

    /** As above; for an answer to a versioned API request ({@code versioned}), links to the API keep its version. */
    public static void toClient(MultiMap fromService, MultiMap toClient, URI service, String prefix,
            boolean versioned) {
        fromService.forEach(entry -> {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            if (NOT_COPIED_TO_CLIENT.contains(name)) {
                return;
            }
            String value = entry.getValue();
            if (name.equals("location") || name.equals("content-location") || name.equals("hx-redirect")
                    || name.equals("hx-location")) {
                value = onGateway(value, service, prefix);
                if (versioned) {
                    value = ApiVersioning.inVersion(value, prefix);
                }
            }
            toClient.add(entry.getKey(), value);
        });
    }

    /**
     * A link of the service as a gateway path: {@code http://127.0.0.1:8081/api/referrals/1} and
     * {@code /api/referrals/1} become {@code /intake/api/referrals/1}; a path already under the prefix and links to
     * other sites stay as they are.
     */
    static String onGateway(String link, URI service, String prefix) {
        if (link == null || link.isBlank()) {
            return link;
        }
        String path;
        try {
            URI uri = URI.create(link.trim());
            if (uri.isAbsolute()) {
                if (!sameOrigin(uri, service)) {
                    return link;
                }
                path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                if (uri.getRawQuery() != null) {
                    path += "?" + uri.getRawQuery();
                }
                if (uri.getRawFragment() != null) {
                    path += "#" + uri.getRawFragment();
                }
            } else if (link.startsWith("/") && !link.startsWith("//")) {
                path = link;
            } else {
                return link;
            }
        } catch (IllegalArgumentException malformed) {
            return link;
        }
        if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "?")) {
            return path;
        }
        return prefix + path;
    }

    private static boolean sameOrigin(URI uri, URI service) {
        String host = uri.getHost();
        if (host == null) {
            return false;
        }
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        boolean serviceHost = host.equalsIgnoreCase(service.getHost()) || (loopback && isLoopback(service.getHost()));
        return serviceHost && port(uri) == port(service);
    }

    private static boolean isLoopback(String host) {
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Whether the request announces a body (a length above zero, or chunked transfer). */
    public static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length != null) {
            return !"0".equals(length.trim());
        }
        return request.getHeader("Transfer-Encoding") != null;
    }
}
