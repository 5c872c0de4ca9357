package nl.zvh.gateway.problem;

import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import nl.zvh.gateway.correlation.RequestCorrelation;
import nl.zvh.platform.ui.error.ErrorPages;

/**
 * {@code GET /error/{status}}: the error page a browser gets for that status, answered with the status itself.
 * Lets support staff show a person what an error looks like, and lets the browser tests check every error page
 * (413, 429 and the 50x are hard to provoke on purpose). Shows no data.
 */
@Path("/error")
@Authenticated
public class ErrorPageResource {

    static final Set<Integer> STATUSES = Set.of(400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504);

    @Inject
    CurrentVertxRequest request;

    @Inject
    ErrorPages pages;

    @GET
    @Path("/{status}")
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("status") int status) {
        if (!STATUSES.contains(status)) {
            throw new NotFoundException();
        }
        RoutingContext rc = request.getCurrent();
        return Response.status(status).header("Cache-Control", "no-store")
                .entity(pages.render(rc, status, RequestCorrelation.of(rc))).build();
    }
}
