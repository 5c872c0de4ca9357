package nl.zvh.gateway.session;

import io.quarkus.logging.Log;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The Keycloak sessions (claim {@code sid}) that ended while this gateway was running: logged out here (RP-initiated
 * logout, which also ends the Keycloak session) or told by Keycloak's back-channel logout (ended in another tab, by an
 * administrator, by the session limits). Remembered as long as a Keycloak session can last, so a cookie copied before
 * the logout is refused every time, not only once.
 */
@ApplicationScoped
public class EndedSessions {
    /** The realm's longest session (ssoSessionMaxLifespan, 10 h): after it no token of the session is valid anyway. */
    static final Duration REMEMBER = Duration.ofHours(10);
    static final String SESSION_CLAIM = "sid";

    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** Ends the session with this Keycloak session id at the gateway. */
    public void end(String sid) {
        if (sid != null && !sid.isBlank()) {
            Instant now = clock.instant();
            ended.values().removeIf(until -> until.isBefore(now));
            ended.put(sid, now.plus(REMEMBER));
        }
    }

    /** Whether the session this token belongs to has ended. */
    public boolean isEnded(JsonWebToken token) {
        Object sid = token.getClaim(SESSION_CLAIM);
        if (sid == null) {
            return false;
        }
        Instant until = ended.get(sid.toString());
        return until != null && until.isAfter(clock.instant());
    }

    void onOidcEvent(@Observes SecurityEvent event) {
        switch (event.getEventType()) {
            case OIDC_LOGOUT_RP_INITIATED, OIDC_LOGOUT_RP_INITIATED_SESSION_EXPIRED ->
                end(sidOf(event.getSecurityIdentity()));
            case OIDC_BACKCHANNEL_LOGOUT_INITIATED ->
                end(sidOfLogoutToken(event.getEventProperties().get("logout_token")));
            default -> {
                // logins and refreshes change nothing here
            }
        }
    }

    private static String sidOf(SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken token) {
            Object sid = token.getClaim(SESSION_CLAIM);
            return sid == null ? null : sid.toString();
        }
        return null;
    }

    /**
     * The sid of Keycloak's verified logout token. Quarkus hands it over as its TokenVerificationResult, whose claims
     * field is not public: read reflectively (a Quarkus upgrade that renames it is caught by the back-channel test).
     */
    static String sidOfLogoutToken(Object verification) {
        if (verification == null) {
            return null;
        }
        try {
            Field claims = verification.getClass().getDeclaredField("localVerificationResult");
            claims.setAccessible(true);
            return claims.get(verification) instanceof JsonObject json ? json.getString(SESSION_CLAIM) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            Log.warnf("back-channel logout: cannot read the session id of the logout token (%s)", e.toString());
            return null;
        }
    }
}
