package nl.zvh.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.correlation.RequestCorrelation;
import nl.zvh.gateway.problem.Problems;
import nl.zvh.gateway.versioning.ApiVersioning;

/**
 * Filters that run before Quarkus authentication (priority 200) on every request: correlation id, security and
 * API version headers on the response, a 401 problem for API calls without a bearer token, and the CSRF origin check.
 * A failure handler turns authentication and authorization failures into problem responses.
 */
@ApplicationScoped
public class GatewayFilters {

    /** Higher than Quarkus' CORS (300) and authentication (200) filters, so these run first. */
    static final int PRIORITY = 400;

    @Inject
    GatewayConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::decorateAndGuard, PRIORITY);
    }

    void registerFailureHandler(@Observes Router router) {
        router.route().order(-PRIORITY).failureHandler(this::authFailure);
    }

    void decorateAndGuard(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String correlationId = RequestCorrelation.of(rc);
        boolean secure = SecurityHeaders.isSecure(request.scheme(), request.getHeader("X-Forwarded-Proto"));
        Map<String, String> headers = SecurityHeaders.forRequest(config.security().contentSecurityPolicy(), secure);
        boolean cacheable = SecurityHeaders.cacheable(rc.normalizedPath());
        rc.addHeadersEndHandler(v -> {
            headers.forEach(rc.response().headers()::set);
            if (!cacheable && !rc.response().headers().contains("Cache-Control")) {
                rc.response().headers().set("Cache-Control", "no-store");
            }
            rc.response().headers().set(RequestCorrelation.HEADER, correlationId);
            ApiVersioning.decorate(rc.response().headers(), rc.normalizedPath(), config.routes().keySet(),
                    config.api().version(), LocalDate.parse(config.api().unversionedDeprecatedSince()),
                    LocalDate.parse(config.api().unversionedSunset()));
        });

        String authorization = request.getHeader("Authorization");
        boolean api = ApiPaths.isApiPath(rc.normalizedPath(), config.routes().keySet());
        String cookies = request.getHeader("Cookie");
        if (!api && !isBearer(authorization) && cookies != null && cookies.contains("q_session")) {
            rc.addHeadersEndHandler(v -> againWithoutAnEndedSession(rc));
        }
        if (api && !isBearer(authorization)) {
            unauthorized(rc, "This API accepts only an OAuth 2.0 bearer access token in the Authorization header.");
            return;
        }
        if (!CsrfGuard.allowed(request.method().name(), authorization, request.getHeader("Cookie"), ownOrigin(request),
                request.getHeader("Origin"), request.getHeader("Referer"))) {
            Problems.send(rc, 403, "cross-origin-request", "Cross-origin request refused",
                    "A state-changing request with a session cookie must come from the gateway's own origin.");
            return;
        }
        rc.next();
    }

    /**
     * A page refused with 401 although the browser sent a session cookie: the session is no longer valid (ended in
     * Keycloak, logged out elsewhere). Instead of an empty 401, the cookie is forgotten and the page asked for again,
     * which leads to the login page.
     */
    private static void againWithoutAnEndedSession(RoutingContext rc) {
        if (rc.response().getStatusCode() != 401) {
            return;
        }
        for (String cookie : List.of("q_session", "q_session_chunk_1", "q_session_chunk_2", "q_session_chunk_3")) {
            rc.response().headers().add("Set-Cookie", cookie + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        }
        rc.response().setStatusCode(302).putHeader("Location",
                "GET".equals(rc.request().method().name()) ? rc.request().uri() : "/");
    }

    void authFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        boolean api = ApiPaths.isApiPath(rc.normalizedPath(), config.routes().keySet());
        if (api && (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException)) {
            unauthorized(rc, "The bearer access token is missing, invalid or expired.");
        } else if (failure instanceof ForbiddenException) {
            Problems.send(rc, 403, "forbidden", "Forbidden", "Your roles do not allow this request.");
        } else {
            rc.next();
        }
    }

    private static void unauthorized(RoutingContext rc, String detail) {
        if (!rc.response().headWritten()) {
            rc.response().putHeader("WWW-Authenticate", "Bearer");
        }
        Problems.send(rc, 401, "unauthorized", "Unauthorized", detail);
    }

    private static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @SuppressWarnings("deprecation")
    private static String ownOrigin(HttpServerRequest request) {
        return request.scheme() + "://" + request.host();
    }
}
