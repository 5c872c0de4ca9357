package nl.zvh.gateway.problem;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import nl.zvh.gateway.correlation.RequestCorrelation;
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

    /** Any other refusal of a gateway page keeps its status (e.g. 400, 405, 415) but never shows Quarkus' own page. */
    @ServerExceptionMapper
    public Response other(WebApplicationException e) {
        if (e.getResponse() != null && e.getResponse().getStatus() < 400) {
            return e.getResponse(); // a redirect, not a failure
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return answer(status, "request-failed", "Request failed", "The request could not be handled.");
    }

    private Response answer(int status, String type, String title, String detail) {
        RoutingContext rc = request.getCurrent();
        if (rc != null && ErrorPages.isPageRequest(rc)) {
            return Response.status(status).type("text/html;charset=UTF-8").header("Cache-Control", "no-store")
                    .entity(pages.render(rc, status, RequestCorrelation.of(rc))).build();
        }
        return Response.status(status).type(Problems.MEDIA_TYPE).header("Cache-Control", "no-store")
                .entity(Problems.body(type, title, status, detail, rc == null ? null : rc.normalizedPath())).build();
    }
}
