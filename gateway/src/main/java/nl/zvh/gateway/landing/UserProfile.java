package nl.zvh.gateway.landing;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Display data of the signed-in user. Claims come from the principal (the ID token for browser sessions, the
 * access token for bearer callers); {@code organisation} and {@code house} fall back to the verified access token
 * of the session, since Keycloak mappers may put them only there.
 */
public record UserProfile(String name, String organisation, String house) {

    public static UserProfile of(SecurityIdentity identity) {
        JsonObject accessClaims = accessTokenClaims(identity);
        String name = firstNonBlank(claim(identity, "name"), claim(identity, "preferred_username"),
                accessClaims.getString("name"), accessClaims.getString("preferred_username"),
                identity.getPrincipal().getName());
        String organisation = firstNonBlank(claim(identity, "organisation"), accessClaims.getString("organisation"));
        String house = firstNonBlank(claim(identity, "house"), accessClaims.getString("house"));
        return new UserProfile(name, organisation, house);
    }

    private static String claim(SecurityIdentity identity, String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
        }
        return null;
    }

    /** Payload of the session's access token; Quarkus verified it because roles are read from it. */
    private static JsonObject accessTokenClaims(SecurityIdentity identity) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || credential.getToken() == null) {
            return new JsonObject();
        }
        String[] parts = credential.getToken().split("\\.");
        if (parts.length != 3) {
            return new JsonObject();
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
