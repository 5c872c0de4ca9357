package nl.zvh.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import java.util.Locale;
import java.util.Set;
import nl.zvh.gateway.correlation.CorrelationId;
import nl.zvh.gateway.security.SessionCookies;

/** Builds the request headers sent to a service and filters the response headers sent back. */
public final class ForwardedHeaders {

    /** Hop-by-hop headers (RFC 9110 7.6.1) plus the ones the gateway sets itself. */
    private static final Set<String> NOT_COPIED_TO_SERVICE = Set.of("connection", "keep-alive",
            "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding",
            "upgrade", "host", "authorization", "cookie", "forwarded", "x-forwarded-for", "x-forwarded-host",
            "x-forwarded-proto", "x-forwarded-port", "x-forwarded-prefix", "x-correlation-id");

    private static final Set<String> NOT_COPIED_TO_CLIENT = Set.of("connection", "keep-alive",
            "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding",
            "upgrade");

    private ForwardedHeaders() {
    }

    @SuppressWarnings("deprecation")
    public static MultiMap toService(HttpServerRequest request, String prefix, String accessToken,
            String correlationId) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        request.headers().forEach(entry -> {
            if (!NOT_COPIED_TO_SERVICE.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(entry.getKey(), entry.getValue());
            }
        });
        headers.set("Authorization", "Bearer " + accessToken);
        headers.set(CorrelationId.HEADER, correlationId);
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

    public static void toClient(MultiMap fromService, MultiMap toClient) {
        fromService.forEach(entry -> {
            if (!NOT_COPIED_TO_CLIENT.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
                toClient.add(entry.getKey(), entry.getValue());
            }
        });
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
