package nl.zvh.platform.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/**
 * Signed access tokens for fast service-level tests against {@code OidcWiremockTestResource} (real signature and
 * claim validation, no Keycloak). Claims mirror the Keycloak realm: realm roles, organisation and house.
 * End-to-end tests use real Keycloak tokens instead.
 */
public final class TestTokens {
    private TestTokens() {
    }

    public static String token(String user, String organisation, String house, String... roles) {
        var builder = Jwt.preferredUserName(user).subject(user + "-id").groups(Set.of(roles))
                .issuer("https://server.example.com").audience("https://service.example.com");
        if (organisation != null) {
            builder.claim("organisation", organisation);
        }
        if (house != null) {
            builder.claim("house", house);
        }
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }
}
