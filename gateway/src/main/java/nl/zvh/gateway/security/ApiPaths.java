package nl.zvh.gateway.security;

import java.util.Collection;

/** Recognises the bearer-only API paths {@code /{programme}/api} and {@code /{programme}/api/...}. */
public final class ApiPaths {

    private ApiPaths() {
    }

    public static boolean isApiPath(String path, Collection<String> programmes) {
        if (path == null) {
            return false;
        }
        for (String programme : programmes) {
            String prefix = "/" + programme + "/api";
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }
}
