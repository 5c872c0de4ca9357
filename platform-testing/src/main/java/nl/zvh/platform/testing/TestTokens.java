package nl.zvh.platform.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/**
 * Signed access tokens for fast service-level tests against {@code OidcWiremockTestResource} (real signature and
 * claim validation, no Keycloak). Claims mirror the Keycloak realm: realm roles, organisation and house.
 * Tokens carry the platform audience, as the realm's tokens do. End-to-end tests use real Keycloak tokens instead.
 */
public final class TestTokens {
    /** The audience every service requires (quarkus.oidc.token.audience, the realm's audience mapper). */
    public static final String PLATFORM_AUDIENCE = "zvh-platform";

    private TestTokens() {
    }

    public static String token(String user, String organisation, String house, String... roles) {
        var builder = Jwt.preferredUserName(user).subject(user + "-id").groups(Set.of(roles))
                .issuer("https://server.example.com").audience(PLATFORM_AUDIENCE);
        if (organisation != null) {
            builder.claim("organisation", organisation);
        }
        if (house != null) {
            builder.claim("house", house);
        }
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    /**
     * A token the same realm signed for another of its clients: every claim of {@link #token}, but audience
     * {@code account} instead of the platform's. Services must refuse it (401).
     */
    public static String forAnotherClient(String user, String organisation, String house, String... roles) {
        return Jwt.preferredUserName(user).subject(user + "-id").groups(Set.of(roles))
                .issuer("https://server.example.com").audience("account").claim("organisation", organisation)
                .claim("house", house).jws().keyId("1").sign("privateKey.jwk");
    }
}
