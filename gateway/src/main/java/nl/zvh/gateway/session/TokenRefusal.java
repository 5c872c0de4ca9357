package nl.zvh.gateway.session;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses, as not authenticated (a browser goes to the login page, an API client gets 401), every session cookie and
 * bearer token that is not the platform's: one without the platform audience, or one of a Keycloak session that has
 * ended. Quarkus' own audience check also has to let Keycloak's back-channel logout tokens in (audience: the gateway's
 * client id), so the platform audience is required here, for the tokens a session or API call runs on.
 */
@ApplicationScoped
public class TokenRefusal implements SecurityIdentityAugmentor {

    @Inject
    EndedSessions ended;

    @ConfigProperty(name = "zvh.platform-audience", defaultValue = "zvh-platform")
    String platformAudience;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Set<String> audience = token.getAudience();
            if (audience == null || !audience.contains(platformAudience)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("not a token for the platform"));
            }
            if (ended.isEnded(token)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the session has ended"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
