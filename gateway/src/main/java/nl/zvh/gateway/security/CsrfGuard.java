package nl.zvh.gateway.security;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery defence for cookie sessions: an unsafe request (POST, PUT, PATCH, DELETE) that
 * carries a gateway session cookie and no bearer token must come from the gateway's own origin, as proven by
 * the Origin header or, when a browser omits it, the Referer header.
 */
public final class CsrfGuard {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CsrfGuard() {
    }

    /** Whether the request must pass the same-origin check at all. */
    public static boolean applies(String method, String authorization, String cookieHeader) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return SessionCookies.hasSessionCookie(cookieHeader);
    }

    /** Whether Origin (or, without Origin, Referer) names the gateway's own origin. */
    public static boolean sameOrigin(String ownOrigin, String origin, String referer) {
        String claimed = origin != null && !origin.isBlank() && !"null".equals(origin) ? origin : referer;
        if (claimed == null || claimed.isBlank()) {
            return false;
        }
        String normalizedClaim = normalize(claimed);
        return normalizedClaim != null && normalizedClaim.equals(normalize(ownOrigin));
    }

    /** Decision for one request: true means let it through. */
    public static boolean allowed(String method, String authorization, String cookieHeader, String ownOrigin,
            String origin, String referer) {
        return !applies(method, authorization, cookieHeader) || sameOrigin(ownOrigin, origin, referer);
    }

    /** scheme://host:port with lower-case scheme and host and an explicit port; null when unparsable. */
    static String normalize(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (port == -1) {
                port = "https".equals(scheme) ? 443 : 80;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
