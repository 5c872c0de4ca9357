package nl.zvh.gateway.security;

import java.util.Collection;

/** Recognises the bearer-only API paths {@code /{programme}/api} and {@code /{programme}/api/...} (any version). */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApiPath(String path, Collection<String> programmes) {
        return programmeOf(path, programmes) != null;
    }

    /** The programme whose API the path is under, or null when it is no API path. */
    public static String programmeOf(String path, Collection<String> programmes) {
        if (path == null) {
            return null;
        }
        for (String programme : programmes) {
            String prefix = "/" + programme + "/api";
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return programme;
            }
        }
        return null;
    }
}
