package nl.zvh.gateway.problem;

import io.vertx.core.json.JsonObject;
import io.quarkus.arc.Arc;
import io.vertx.ext.web.RoutingContext;
import nl.zvh.gateway.correlation.CorrelationId;
import nl.zvh.platform.ui.error.ErrorPages;

/**
 * Writes RFC 9457 problem responses on a Vert.x routing context; never includes stack traces. A browser navigating
 * to a page gets the same status as an error page in the shell instead (Dutch, with a way back).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://zvh.nl/problems/";

    private Problems() {
    }

    /** A problem body with type, title, status, detail and the request path as instance. */
    public static JsonObject body(String type, String title, int status, String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem;
    }

    /** Ends the response with a problem, unless headers were already sent (then the connection is reset). */
    public static void send(RoutingContext rc, int status, String type, String title, String detail) {
        if (rc.response().headWritten()) {
            rc.response().reset();
            return;
        }
        if (rc.response().ended()) {
            return;
        }
        if (ErrorPages.isPageRequest(rc)) {
            sendPage(rc, status);
            return;
        }
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body(type, title, status, detail, rc.normalizedPath()).encode());
    }

    /** The error page in the shell for a browser, with the correlation id as the reference to quote. */
    public static void sendPage(RoutingContext rc, int status) {
        String html = Arc.container().instance(ErrorPages.class).get().render(rc, status, CorrelationId.of(rc));
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Cache-Control", "no-store")
                .end(html);
    }
}
