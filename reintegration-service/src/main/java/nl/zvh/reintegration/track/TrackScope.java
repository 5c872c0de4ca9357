package nl.zvh.reintegration.track;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.zvh.platform.audit.AuditAction;
import nl.zvh.platform.audit.AuditLog;
import nl.zvh.platform.problem.ProblemException;
import nl.zvh.platform.security.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tracks a coordinator may see: those of the own house, enforced in the query; others are "not found". Every
 * access to a track is audited with the platform person id.
 */
@RequestScoped
public class TrackScope {
    public static final String AUDIT_TYPE = "reintegration-track";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    SecurityIdentity identity;

    /**
     * The track in the caller's house, audited; 404 otherwise. A closed track is read-only: a change to it
     * ({@link AuditAction#UPDATE}) is refused with 409 before anything is recorded.
     */
    public Track find(UUID id, AuditAction action, String purpose) {
        Track track = Track.<Track>find("id = ?1 and house = ?2 and erasedAt is null", id, user.requireHouse())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("track " + id));
        if (action == AuditAction.UPDATE && track.closure() != null) {
            throw ProblemException.conflict(
                    "track " + id + " is closed (" + track.closure().closedOn() + ") and can no longer be changed");
        }
        audit.record(action, AUDIT_TYPE, track.id().toString(), track.personId().toString(), purpose);
        return track;
    }

    public String house() {
        return user.requireHouse();
    }

    public String userName() {
        return user.name();
    }

    /**
     * The caller as people read it: the token's {@code name} claim (given and family name in Keycloak), else the
     * login name. Stored where a track names its coordinator; the audit log keeps the login name and id.
     */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object name = jwt.getClaim("name");
            String text = name == null ? "" : name.toString().replaceAll("^\"|\"$", "").trim();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return user.name();
    }
}
