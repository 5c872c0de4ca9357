package nl.zvh.gateway.security;

import java.util.LinkedHashMap;
import java.util.Map;

/** The security headers the gateway puts on every response, proxied ones included. */
public final class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /**
     * @param contentSecurityPolicy the configured CSP
     * @param secure whether the request reached us over TLS (directly or per X-Forwarded-Proto)
     */
    public static Map<String, String> forRequest(String contentSecurityPolicy, boolean secure) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        if (secure) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /**
     * True for the shell's static assets (stylesheets, scripts, images, fonts under {@code /zvh-ui/} or
     * {@code /webjars/}, of the gateway or a service): the same for everyone, so they may be cached. Every other answer
     * may carry personal data and gets {@code Cache-Control: no-store} unless it says otherwise.
     */
    public static boolean cacheable(String path) {
        return path != null && (path.contains("/zvh-ui/") || path.contains("/webjars/"))
                && path.matches(".*\\.(css|js|svg|png|ico|woff2?)$");
    }

    /** True when the scheme is https or a proxy in front of us says the original request was https. */
    public static boolean isSecure(String scheme, String forwardedProto) {
        if ("https".equalsIgnoreCase(scheme)) {
            return true;
        }
        if (forwardedProto == null) {
            return false;
        }
        String first = forwardedProto.split(",")[0].trim();
        return "https".equalsIgnoreCase(first);
    }
}
