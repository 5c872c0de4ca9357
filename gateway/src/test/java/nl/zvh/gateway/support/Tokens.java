package nl.zvh.gateway.support;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;

/** Access tokens shaped like Keycloak's (roles in realm_access.roles), signed with the OIDC WireMock key. */
public final class Tokens {

    private Tokens() {
    }

    public static String keycloakStyle(String user, String organisation, String house, String... roles) {
        return Jwt.preferredUserName(user).subject(user).issuer("https://server.example.com")
                .audience("https://service.example.com")
                .claim("name", user.substring(0, 1).toUpperCase() + user.substring(1))
                .claim("organisation", organisation).claim("house", house)
                .claim("realm_access", Map.of("roles", List.of(roles))).jws().keyId("1").sign("privateKey.jwk");
    }
}
