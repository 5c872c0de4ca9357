package nl.zvh.platform.ui.shell;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a page is for, as a person reads it: display name (never the login name), organisation and house name.
 * Claims come from the principal (the ID token of a gateway session, the access token at a service) and fall back
 * to the verified access token of the session, where Keycloak mappers may put them only.
 *
 * @param houseCode the {@code house} claim, for links and scoping, never shown
 */
public record SignedInUser(String displayName, String organisation, String houseName, String houseCode,
        Set<String> roles) {

    static final SignedInUser ANONYMOUS = new SignedInUser(null, null, null, null, Set.of());

    public static SignedInUser of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        JsonObject access = accessTokenClaims(identity);
        String given = first(claim(identity, "given_name"), access.getString("given_name"));
        String family = first(claim(identity, "family_name"), access.getString("family_name"));
        String joined = given == null && family == null
                ? null
                : ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        String name = first(claim(identity, "name"), access.getString("name"), joined);
        String house = first(claim(identity, "house"), access.getString("house"));
        return new SignedInUser(name, first(claim(identity, "organisation"), access.getString("organisation")),
                first(claim(identity, "house_name"), access.getString("house_name")), house,
                Set.copyOf(identity.getRoles()));
    }

    public boolean signedIn() {
        return displayName != null || !roles.isEmpty();
    }

    private static String claim(SecurityIdentity identity, String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
        }
        return null;
    }

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

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
