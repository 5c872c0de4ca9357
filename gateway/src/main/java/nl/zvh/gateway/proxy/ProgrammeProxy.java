package nl.zvh.gateway.proxy;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.correlation.RequestCorrelation;
import nl.zvh.gateway.factor.SecondFactorCheck;
import nl.zvh.gateway.problem.Problems;
import nl.zvh.gateway.versioning.ApiVersioning;
import nl.zvh.platform.ui.error.ErrorPages;
import org.jboss.logging.Logger;

/** Streams one request for {@code /{programme}/**} to the programme's service and streams the answer back. */
final class ProgrammeProxy implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(ProgrammeProxy.class);

    private final String programme;
    private final String prefix;
    private final URI target;
    private final HttpClient client;
    private final GatewayConfig.Timeouts timeouts;
    private final Duration busyRetryAfter;
    private final int maxConnections;
    /** Requests of this programme being handled, waiting ones included: tells a full pool from a dead service. */
    private final AtomicInteger inFlight = new AtomicInteger();

    ProgrammeProxy(String programme, URI target, HttpClient client, GatewayConfig config) {
        this.programme = programme;
        this.prefix = "/" + programme;
        this.target = target;
        this.client = client;
        this.timeouts = config.timeouts();
        this.busyRetryAfter = config.upstream().busyRetryAfter();
        this.maxConnections = config.upstream().maxConnections();
    }

    @Override
    public void handle(RoutingContext rc) {
        String path = UpstreamPath.of(rc.normalizedPath(), prefix);
        if (path == null) {
            Problems.send(rc, 404, "not-found", "Not Found", "This path is not available through the gateway.");
            return;
        }
        String accessToken = accessToken(rc);
        if (accessToken == null) {
            Problems.send(rc, 401, "unauthorized", "Unauthorized", "Sign in or send a bearer access token.");
            return;
        }
        if (rc.user() instanceof QuarkusHttpUser user
                && SecondFactorCheck.needsSecondFactor(path, user.getSecurityIdentity())) {
            Problems.send(rc, 403, "second-factor-required", "Second factor required",
                    "The privacy officer's service APIs require a login with a one-time code (amr otp).");
            return;
        }
        HttpServerRequest request = rc.request();
        request.pause();
        String query = request.query();
        RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(target.getHost())
                .setPort(port(target)).setSsl("https".equalsIgnoreCase(target.getScheme()))
                .setURI(basePath() + path + (query == null ? "" : "?" + query))
                .setHeaders(ForwardedHeaders.toService(request, prefix, accessToken, RequestCorrelation.of(rc)))
                .setConnectTimeout(timeouts.connect().toMillis()).setIdleTimeout(timeouts.idle().toMillis());
        inFlight.incrementAndGet();
        rc.addEndHandler(ended -> inFlight.decrementAndGet());
        client.request(options).onSuccess(upstream -> send(rc, upstream))
                .onFailure(failure -> fail(rc, waitedForAFullPool(failure)
                        ? new ConnectionPoolTooBusyException(
                                "no connection to " + programme + " within " + timeouts.connect().toMillis() + " ms")
                        : failure));
    }

    /** Timed out waiting for a pooled connection while every connection to the service was in use: busy, not dead. */
    private boolean waitedForAFullPool(Throwable failure) {
        return UpstreamFailure.waitedTooLongForAConnection(failure) && inFlight.get() > maxConnections;
    }

    private void send(RoutingContext rc, HttpClientRequest upstream) {
        HttpServerRequest request = rc.request();
        Future<HttpClientResponse> response;
        if (ForwardedHeaders.hasBody(request) && !request.isEnded()) {
            if (request.getHeader("Content-Length") == null) {
                upstream.setChunked(true);
            }
            response = upstream.send(request);
        } else {
            request.resume();
            response = upstream.send();
        }
        response.onSuccess(answer -> relay(rc, answer)).onFailure(failure -> fail(rc, failure));
    }

    private void relay(RoutingContext rc, HttpClientResponse answer) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.closed()) {
            answer.request().reset();
            return;
        }
        if (answer.statusCode() >= 400 && ErrorPages.isPageRequest(rc) && !isHtml(answer)) {
            // a browser navigating never sees problem+json: the same status as an error page in the shell
            String retryAfter = answer.getHeader("Retry-After");
            answer.body().onComplete(drained -> {
                if (retryAfter != null) {
                    response.putHeader("Retry-After", retryAfter);
                }
                Problems.sendPage(rc, answer.statusCode());
            });
            return;
        }
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        ForwardedHeaders.toClient(answer.headers(), response.headers(), target, prefix,
                ApiVersioning.isVersioned(rc.normalizedPath(), prefix));
        if (answer.getHeader("Content-Length") == null) {
            response.setChunked(true);
        }
        answer.pipeTo(response).onFailure(failure -> {
            LOG.debugf("Streaming the answer of %s failed: %s", programme, failure.getMessage());
            response.reset();
        });
    }

    private static boolean isHtml(HttpClientResponse answer) {
        String type = answer.getHeader("Content-Type");
        return type != null && type.startsWith("text/html");
    }

    private void fail(RoutingContext rc, Throwable failure) {
        int status = UpstreamFailure.status(failure);
        if (status == 503) {
            LOG.debugf("Request %s %s refused: %s is busy", rc.request().method(), rc.normalizedPath(), programme);
            rc.response().putHeader("Retry-After", Long.toString(Math.max(1, busyRetryAfter.toSeconds())));
            Problems.send(rc, 503, "service-busy", "Service Unavailable", "The " + programme + " service is busy;"
                    + " your request was not passed on, nothing was changed. Try again in a moment.");
            return;
        }
        LOG.warnf("Request %s %s to %s failed with %d: %s", rc.request().method(), rc.normalizedPath(), programme,
                status, failure.toString());
        if (status == 504) {
            Problems.send(rc, 504, "service-timeout", "Gateway Timeout",
                    "The " + programme + " service did not answer in time.");
        } else {
            Problems.send(rc, 502, "service-unavailable", "Bad Gateway",
                    "The " + programme + " service is not reachable.");
        }
    }

    private String basePath() {
        String path = target.getRawPath();
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "";
        }
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** The access token of the authenticated caller: its own bearer token or the browser session's. */
    static String accessToken(RoutingContext rc) {
        if (!(rc.user() instanceof QuarkusHttpUser user)) {
            return null;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }
}
