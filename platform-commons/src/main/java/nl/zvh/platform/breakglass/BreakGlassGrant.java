package nl.zvh.platform.breakglass;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An emergency access grant as shown to the requester, the privacy officer and the record's owner: who took it (login
 * name and, when the token carried one, the name people read), the record's owner when the service names one, and
 * the privacy officer's review (null until reviewed).
 */
@io.quarkus.qute.TemplateData
public record BreakGlassGrant(UUID id, String resourceType, String resourceId, List<String> personRefs, String userId,
        String userName, String userDisplayName, String organisation, String house, String roles, String reason,
        OffsetDateTime grantedAt, OffsetDateTime expiresAt, boolean active, BreakGlassOwner owner,
        BreakGlassReview review) {

    /** Whether the privacy officer has reviewed the grant. */
    public boolean reviewed() {
        return review != null;
    }

    /** The name people read: the display name when known, else the login name. */
    public String who() {
        return userDisplayName == null || userDisplayName.isBlank() ? userName : userDisplayName;
    }
}
