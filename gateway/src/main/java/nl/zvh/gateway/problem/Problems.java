package nl.zvh.gateway.problem;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import nl.zvh.gateway.correlation.RequestCorrelation;
import nl.zvh.platform.problem.Problem;
import nl.zvh.platform.ui.error.ErrorPages;

/**
 * Writes RFC 9457 problem responses on a Vert.x routing context; never includes stack traces. A browser navigating
 * to a page gets the same status as an error page in the shell instead (Dutch, with a way back).
 */
public final class Problems {

    public static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

    private Problems() {
    }

    /**
     * The platform's one problem body ({@link Problem}, as every service answers), with type, title, status, detail,
     * the request path as instance, the request's correlation id and the fields at fault.
     */
    public static String body(String type, String title, int status, String detail, String instance,
            List<Problem.FieldError> errors) {
        return body(type, title, status, detail, instance, correlationId(), errors);
    }

    static String body(String type, String title, int status, String detail, String instance, String correlationId,
            List<Problem.FieldError> errors) {
        return new JsonObject(
                new Problem(Problem.TYPE_BASE + type, title, status, detail, instance, correlationId, errors).members())
                .encode();
    }

    public static String body(String type, String title, int status, String detail, String instance) {
        return body(type, title, status, detail, instance, List.of());
    }

    /** The request's id inside a JAX-RS request; route handlers pass their routing context instead. */
    private static String correlationId() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        var current = Arc.container().instance(CurrentVertxRequest.class);
        RoutingContext rc = current.isAvailable() ? current.get().getCurrent() : null;
        return rc == null ? null : RequestCorrelation.of(rc);
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
        rc.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).putHeader("Cache-Control", "no-store")
                .end(body(type, title, status, detail, rc.normalizedPath(), RequestCorrelation.of(rc), List.of()));
    }

    /** The error page in the shell for a browser, with the correlation id as the reference to quote. */
    public static void sendPage(RoutingContext rc, int status) {
        String html = Arc.container().instance(ErrorPages.class).get().render(rc, status, RequestCorrelation.of(rc));
        rc.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Cache-Control", "no-store").end(html);
    }
}
