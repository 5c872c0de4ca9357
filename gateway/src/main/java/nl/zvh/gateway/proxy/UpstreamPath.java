package nl.zvh.gateway.proxy;

import nl.zvh.gateway.versioning.ApiVersioning;

/**
 * Maps a gateway path to the path on the service: strips the programme prefix and the API version ({@code /api/v1/x}
 * is the service's {@code /api/x}), refuses /q/** paths and unknown API versions.
 */
public final class UpstreamPath {

    private UpstreamPath() {
    }

    /**
     * @param normalizedPath the request path after dot-segment removal (never the raw URI)
     * @param prefix e.g. {@code /intake}
     * @return the service path (at least {@code /}), or null when the path must not be proxied
     */
    public static String of(String normalizedPath, String prefix) {
        if (normalizedPath == null || !normalizedPath.startsWith(prefix)) {
            return null;
        }
        String rest = normalizedPath.substring(prefix.length());
        if (rest.isEmpty()) {
            return "/";
        }
        if (!rest.startsWith("/")) {
            return null;
        }
        if (rest.equals("/q") || rest.startsWith("/q/")) {
            return null;
        }
        return ApiVersioning.servicePath(rest);
    }
}
