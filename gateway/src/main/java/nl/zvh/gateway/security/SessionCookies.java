package nl.zvh.gateway.security;

import java.util.List;
import java.util.StringJoiner;

/** Knows the gateway's own OIDC cookies (q_session*, q_auth*, q_post_logout*), which never leave the gateway. */
public final class SessionCookies {

    private static final List<String> OWN_PREFIXES = List.of("q_session", "q_auth", "q_post_logout");

    private SessionCookies() {
    }

    /** True when the Cookie header carries a gateway session cookie. */
    public static boolean hasSessionCookie(String cookieHeader) {
        if (cookieHeader == null) {
            return false;
        }
        for (String pair : cookieHeader.split(";")) {
            if (name(pair).startsWith("q_session")) {
                return true;
            }
        }
        return false;
    }

    /** The Cookie header without the gateway's own cookies; null when nothing remains. */
    public static String stripOwn(String cookieHeader) {
        if (cookieHeader == null) {
            return null;
        }
        StringJoiner kept = new StringJoiner("; ");
        for (String pair : cookieHeader.split(";")) {
            String trimmed = pair.trim();
            if (!trimmed.isEmpty() && !isOwn(name(trimmed))) {
                kept.add(trimmed);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    private static boolean isOwn(String name) {
        return OWN_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static String name(String pair) {
        int eq = pair.indexOf('=');
        return (eq < 0 ? pair : pair.substring(0, eq)).trim();
    }
}
