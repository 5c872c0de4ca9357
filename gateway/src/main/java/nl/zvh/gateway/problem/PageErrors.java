package nl.zvh.gateway.problem;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import nl.zvh.gateway.correlation.CorrelationId;
import nl.zvh.platform.ui.error.ErrorPages;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The gateway's own pages (landing, figures, privacy, subject access): an unknown path or a role that may not open
 * the page answers a browser with the error page in the shell, an API client with a problem.
 */
public class PageErrors {

    @Inject
    CurrentVertxRequest request;

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return answer(404, "not-found", "Not Found", "There is nothing at this path.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return answer(403, "forbidden", "Forbidden", "Your roles do not allow this request.");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return answer(401, "unauthorized", "Unauthorized", "Sign in or send a bearer access token.");
    }

    private Response answer(int status, String type, String title, String detail) {
        RoutingContext rc = request.getCurrent();
        if (rc != null && ErrorPages.isPageRequest(rc)) {
            return Response.status(status).type("text/html;charset=UTF-8").header("Cache-Control", "no-store")
                    .entity(pages.render(rc, status, CorrelationId.of(rc))).build();
        }
        return Response.status(status).type(Problems.MEDIA_TYPE).header("Cache-Control", "no-store")
                .entity(Problems.body(type, title, status, detail, rc == null ? null : rc.normalizedPath()).encode())
                .build();
    }
}
