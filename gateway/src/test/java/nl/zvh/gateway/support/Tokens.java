package nl.zvh.gateway.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access tokens shaped like Keycloak's (roles in realm_access.roles, audience zvh-platform from the realm's audience
 * mapper, amr from its amr mapper, sid of the Keycloak session), signed with the OIDC WireMock key.
 */
public final class Tokens {
    public static final String AUDIENCE = "zvh-platform";

    private Tokens() {
    }

    /** A password-only login (amr pwd). */
    public static String keycloakStyle(String user, String organisation, String house, String... roles) {
        return sign(claims(user, organisation, house, roles).claim("amr", List.of("pwd")));
    }

    /** A login with password and one-time code (amr pwd, otp), as Keycloak gives privacy officers. */
    public static String withSecondFactor(String user, String organisation, String house, String... roles) {
        return sign(claims(user, organisation, house, roles).claim("amr", List.of("pwd", "otp")));
    }

    /** A token of the platform without organisation or house claims (roles as groups). */
    public static String plain(String user, Set<String> roles) {
        return sign(Jwt.preferredUserName(user).subject(user).issuer("https://server.example.com").audience(AUDIENCE)
                .groups(roles));
    }

    /** A login in the given Keycloak session (sid), with the second factor. */
    public static String inSession(String sid, String user, String... roles) {
        return sign(claims(user, "ZVH De Markiezaten", "markiezaten", roles).claim("sid", sid).claim("amr",
                List.of("pwd", "otp")));
    }

    /** A token Keycloak issued to another client of the realm: signed by the realm, audience not the platform. */
    public static String forAnotherClient(String user, String... roles) {
        return sign(claims(user, "ZVH De Markiezaten", "markiezaten", roles).audience("account"));
    }

    /** Keycloak's back-channel logout token for a session (OpenID Connect Back-Channel Logout 1.0). */
    public static String logoutToken(String sid, String clientId) {
        return Jwt.issuer("https://server.example.com").audience(clientId).subject("someone").claim("sid", sid)
                .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of())).jws()
                .keyId("1").sign("privateKey.jwk");
    }

    private static JwtClaimsBuilder claims(String user, String organisation, String house, String... roles) {
        return Jwt.preferredUserName(user).subject(user).issuer("https://server.example.com").audience(AUDIENCE)
                .claim("name", user.substring(0, 1).toUpperCase() + user.substring(1))
                .claim("organisation", organisation).claim("house", house).claim("sid", user + "-session")
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
