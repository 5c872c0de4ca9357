package nl.zvh.platform.problem;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A request body announced larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem
 * (application/problem+json) before any of it is read — Quarkus' own limit answers 413 without a body. Runs just
 * before Quarkus' limit handler; bodies without Content-Length (chunked) still meet Quarkus' own limit.
 */
@ApplicationScoped
public class BodyTooLargeProblem {

    void install(@Observes Router router) {
        long limit = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", String.class)
                .map(BodyTooLargeProblem::bytes).orElse(10L * 1024 * 1024);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> refuseIfTooLarge(ctx, limit));
    }

    private static void refuseIfTooLarge(RoutingContext ctx, long limit) {
        String length = ctx.request().getHeader("Content-Length");
        long announced;
        try {
            announced = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            announced = -1;
        }
        if (announced <= limit) {
            ctx.next();
            return;
        }
        String body = "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"The request"
                + " body is larger than " + limit / (1024 * 1024) + " MB\"}";
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                .end(body);
    }

    static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }
}
