package nl.zvh.platform.audit;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import nl.zvh.platform.security.CurrentUser;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Refused and out-of-scope attempts leave a trace: a signed-in caller whose request for the API or a page is answered
 * 403 (role may not) or 404 (not in the caller's organisation or house, or not there) gets an audit entry with outcome
 * DENIED or NOT_FOUND, in a transaction of its own, so the privacy officer sees someone trying records one by one.
 * The audit log's own reading and static assets are not audited.
 */
public class RefusedAccessAudit {
    static final String PURPOSE = "refused";
    private static final Set<String> AUDITED_ROOTS = Set.of("api", "ui");

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    CurrentVertxRequest request;

    @ServerResponseFilter
    public void refused(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        boolean ioThread = Context.isOnEventLoopThread();
        // on the I/O thread only an identity already established may be read (resolving one there would block):
        // a request refused before anyone authenticated it (an unknown address) has no one to name
        if (status != 403 && status != 404 || ioThread && !authenticated() || user.isAnonymous()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        String[] segments = path.replaceFirst("^/+", "").split("/", 3);
        if (segments.length < 2 || !AUDITED_ROOTS.contains(segments[0]) || "audit".equals(segments[1])) {
            return;
        }
        AuditOutcome outcome = status == 403 ? AuditOutcome.DENIED : AuditOutcome.NOT_FOUND;
        if (ioThread) {
            // refused by a role check before the endpoint ran: no transaction may start on the I/O thread
            audit.recordRefusedLater(action(request.getMethod()), segments[1], cut(path), PURPOSE, outcome);
        } else {
            audit.recordRefused(action(request.getMethod()), segments[1], cut(path), PURPOSE, outcome);
        }
    }

    private boolean authenticated() {
        RoutingContext rc = request.getCurrent();
        return rc != null && rc.user() instanceof QuarkusHttpUser;
    }

    /** The path as far as the audit column holds it (ids come early in a path). */
    static String cut(String path) {
        return path.length() <= 100 ? path : path.substring(0, 100);
    }

    static AuditAction action(String method) {
        return switch (method) {
            case "POST" -> AuditAction.CREATE;
            case "PUT", "PATCH" -> AuditAction.UPDATE;
            case "DELETE" -> AuditAction.DELETE;
            default -> AuditAction.READ;
        };
    }
}
