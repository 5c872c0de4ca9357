package nl.zvh.gateway.versioning;

import io.vertx.core.MultiMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.zvh.gateway.security.ApiPaths;

/**
 * The versioning policy of the partner API (docs/api-versioning.md), applied to the gateway's answers:
 * <ul>
 * <li>{@code /{programme}/api/v1/...} is major version 1; the service serves it at {@code /api/...};</li>
 * <li>every API answer and every API document names the full version in {@code API-Version} (NL GOV API Design
 * Rules, /core/version-header); the services set it themselves, the gateway adds it to what it answers itself;</li>
 * <li>the unversioned paths {@code /{programme}/api/...} of before version 1 still answer, with
 * {@code Deprecation} (RFC 9745), {@code Sunset} (RFC 8594) and a {@code Link} to the successor-version path;</li>
 * <li>any other version ({@code /api/v2/...}) does not exist: 404.</li>
 * </ul>
 */
public final class ApiVersioning {
    public static final String HEADER = "API-Version";
    /** The major version in the path. */
    public static final String CURRENT = "v1";

    private static final Pattern VERSIONED = Pattern.compile("^/api/v(\\d+)(/.*)?$");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH);

    private ApiVersioning() {
    }

    /**
     * The service's path for a path under a programme's prefix: {@code /api/v1/x} is {@code /api/x}, an unversioned
     * {@code /api/x} stays (deprecated), another version is null (not found); non-API paths stay as they are.
     */
    public static String servicePath(String rest) {
        Matcher m = VERSIONED.matcher(rest);
        if (!m.matches()) {
            return rest;
        }
        if (!("v" + m.group(1)).equals(CURRENT)) {
            return null;
        }
        return "/api" + (m.group(2) == null ? "" : m.group(2));
    }

    /** True for {@code /{programme}/api/v1} and below. */
    public static boolean isVersioned(String path, String prefix) {
        String v = prefix + "/api/" + CURRENT;
        return path != null && (path.equals(v) || path.startsWith(v + "/"));
    }

    /**
     * Puts the version headers on an answer to {@code path}: {@code API-Version} when the path is an API path or an API
     * document and the answer has none; the deprecation headers when it is an unversioned API path.
     */
    public static void decorate(MultiMap headers, String path, Collection<String> programmes, String version,
            LocalDate deprecatedSince, LocalDate sunset) {
        String programme = ApiPaths.programmeOf(path, programmes);
        boolean document = path != null && (path.equals("/api-docs") || path.startsWith("/api-docs/"));
        if ((programme != null || document) && !headers.contains(HEADER)) {
            headers.set(HEADER, version);
        }
        if (programme != null && !isVersioned(path, "/" + programme)) {
            String prefix = "/" + programme + "/api";
            headers.set("Deprecation", "@" + deprecatedSince.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
            headers.set("Sunset", HTTP_DATE.format(sunset.atStartOfDay(ZoneOffset.UTC)));
            headers.add("Link",
                    "<" + prefix + "/" + CURRENT + path.substring(prefix.length()) + ">; rel=\"successor-version\"");
        }
    }

    /** A gateway link of an answer to a versioned request stays in that version: /intake/api/x becomes /intake/api/v1/x. */
    public static String inVersion(String gatewayPath, String prefix) {
        String api = prefix + "/api";
        if (gatewayPath == null || isVersioned(gatewayPath, prefix)) {
            return gatewayPath;
        }
        if (gatewayPath.equals(api) || gatewayPath.startsWith(api + "/") || gatewayPath.startsWith(api + "?")) {
            return api + "/" + CURRENT + gatewayPath.substring(api.length());
        }
        return gatewayPath;
    }
}
