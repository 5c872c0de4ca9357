package nl.zvh.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A request whose declared body exceeds {@code quarkus.http.limits.max-body-size} gets a 413 problem naming the
 * limit, instead of Quarkus' own bare 413 (e.g. an oversized multipart upload).
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before Quarkus' upload limit check and before authentication. */
    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        long max = ConfigProvider.getConfig().getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
        filters.register(rc -> check(rc, max), PRIORITY);
    }

    static void check(RoutingContext rc, long max) {
        String declared = rc.request().getHeader("Content-Length");
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= max) {
            rc.next();
            return;
        }
        JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Content Too Large")
                .put("status", 413)
                .put("detail", "The request body may be at most " + describe(max) + " (" + max + " bytes)");
        rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(problem.encode());
    }

    static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
