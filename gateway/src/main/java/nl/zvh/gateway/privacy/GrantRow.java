package nl.zvh.gateway.privacy;

import io.vertx.core.json.JsonObject;

/**
 * A break-glass grant reported by a service's {@code /api/break-glass}, with the privacy officer's review when there
 * is one ({@code verdict} null: not yet reviewed).
 */
public record GrantRow(String service, String id, String userName, String displayName, String organisation,
        String roles, String resourceType, String resourceId, String reason, String grantedAt, String expiresAt,
        boolean active, String verdict, String note, String reviewerName, String reviewedAt) {

    static GrantRow of(String service, JsonObject o) {
        JsonObject review = o.getJsonObject("review");
        return new GrantRow(service, o.getString("id"), o.getString("userName"), o.getString("userDisplayName"),
                o.getString("organisation"), o.getString("roles"), o.getString("resourceType"),
                o.getString("resourceId"), o.getString("reason"), o.getString("grantedAt"), o.getString("expiresAt"),
                o.getBoolean("active", false), review == null ? null : review.getString("verdict"),
                review == null ? null : review.getString("note"),
                review == null ? null : review.getString("reviewerName"),
                review == null ? null : review.getString("reviewedAt"));
    }

    /** Whether the privacy officer has reviewed the grant. */
    boolean reviewed() {
        return verdict != null;
    }

    /**
     * Not reviewed within the week of the weekly review list (the services count the same for operations' alert:
     * platform {@code OverdueReviews}).
     */
    boolean overdue(java.time.Instant now) {
        java.time.OffsetDateTime granted = AuditLine.parse(grantedAt);
        return !reviewed() && granted != null && granted.toInstant().isBefore(now.minus(java.time.Duration.ofDays(7)));
    }

    /** How many of {@code grants} wait for review, and how many of those longer than a week. */
    static int[] due(java.util.List<GrantRow> grants) {
        java.time.Instant now = java.time.Instant.now();
        return new int[]{(int) grants.stream().filter(g -> !g.reviewed()).count(),
                (int) grants.stream().filter(g -> g.overdue(now)).count()};
    }

    JsonObject json() {
        JsonObject json = new JsonObject().put("service", service).put("id", id).put("userName", userName)
                .put("userDisplayName", displayName).put("organisation", organisation).put("resourceType", resourceType)
                .put("resourceId", resourceId).put("reason", reason).put("grantedAt", grantedAt)
                .put("expiresAt", expiresAt).put("active", active);
        return reviewed()
                ? json.put("review",
                        new JsonObject().put("verdict", verdict).put("note", note).put("reviewerName", reviewerName)
                                .put("reviewedAt", reviewedAt))
                : json;
    }
}
