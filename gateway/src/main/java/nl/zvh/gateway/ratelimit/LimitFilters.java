package nl.zvh.gateway.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.zvh.gateway.problem.Problems;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Two filters: the request-size check runs right after the security headers are arranged (before Quarkus' own
 * upload limit and before authentication) and answers an oversized declared body with a 413 problem naming the
 * limit; the rate limit runs after authentication (so a person, partner system or anonymous address is known) and
 * answers 429 with Retry-After.
 */
@ApplicationScoped
public class LimitFilters {

    /** After nl.zvh.gateway.security.GatewayFilters (400), before CORS (300) and authentication (200). */
    static final int SIZE_PRIORITY = 390;
    /** After authentication (200). */
    static final int RATE_PRIORITY = 150;

    private static final Logger LOG = Logger.getLogger(LimitFilters.class);

    @Inject
    LimitsConfig config;

    private RateLimiter limiter;

    void register(@Observes Filters filters) {
        limiter = new RateLimiter(Clock.systemUTC(), config.rate().window());
        filters.register(this::checkSize, SIZE_PRIORITY);
        filters.register(this::checkRate, RATE_PRIORITY);
    }

    void checkSize(RoutingContext rc) {
        String declared = rc.request().getHeader("Content-Length");
        long max = config.maxBodySize().asLongValue();
        if (declared != null && parse(declared) > max) {
            rc.response().putHeader("Connection", "close");
            Problems.send(rc, 413, "payload-too-large", "Request too large",
                    "The request body may be at most " + RequestSize.describe(max) + " (" + max + " bytes).");
            return;
        }
        rc.next();
    }

    void checkRate(RoutingContext rc) {
        LimitsConfig.Rate rate = config.rate();
        if (!rate.enabled()) {
            rc.next();
            return;
        }
        CallerKey caller = caller(rc);
        long retryAfter = limiter.acquire(caller.key(), caller.limit(rate));
        if (retryAfter > 0) {
            LOG.debugf("rate limit reached for a %s caller", caller.kind());
            rc.response().putHeader("Retry-After", Long.toString(retryAfter));
            Problems.send(rc, 429, "too-many-requests", "Too many requests",
                    "At most " + caller.limit(rate) + " requests per " + rate.window().toSeconds()
                            + " seconds are allowed for this " + caller.kind().name().toLowerCase() + "; retry after "
                            + retryAfter + " seconds.");
            return;
        }
        rc.next();
    }

    private static CallerKey caller(RoutingContext rc) {
        SocketAddress remote = rc.request().remoteAddress();
        String address = remote == null ? null : remote.hostAddress();
        if (rc.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                String subject = null;
                String azp = null;
                if (identity.getPrincipal() instanceof JsonWebToken jwt) {
                    subject = jwt.getSubject();
                    Object party = jwt.getClaim("azp");
                    azp = party == null ? null : party.toString();
                }
                return CallerKey.of(identity.getPrincipal().getName(), subject, azp, address);
            }
        }
        return CallerKey.of(null, null, null, address);
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
