package nl.zvh.platform.breakglass;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An emergency access grant as shown to the requester and the privacy officer. */
public record BreakGlassGrant(UUID id, String resourceType, String resourceId, List<String> personRefs, String userId,
        String userName, String organisation, String house, String roles, String reason, OffsetDateTime grantedAt,
        OffsetDateTime expiresAt, boolean active) {
}
