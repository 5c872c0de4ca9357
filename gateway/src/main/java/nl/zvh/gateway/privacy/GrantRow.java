package nl.zvh.gateway.privacy;

import io.vertx.core.json.JsonObject;

/** A break-glass grant reported by a service's {@code /api/break-glass}. */
public record GrantRow(String service, String id, String userName, String organisation, String roles,
        String resourceType, String resourceId, String reason, String grantedAt, String expiresAt, boolean active) {

    static GrantRow of(String service, JsonObject o) {
        return new GrantRow(service, o.getString("id"), o.getString("userName"), o.getString("organisation"),
                o.getString("roles"), o.getString("resourceType"), o.getString("resourceId"), o.getString("reason"),
                o.getString("grantedAt"), o.getString("expiresAt"), o.getBoolean("active", false));
    }

    JsonObject json() {
        return new JsonObject().put("service", service).put("id", id).put("userName", userName)
                .put("organisation", organisation).put("resourceType", resourceType).put("resourceId", resourceId)
                .put("reason", reason).put("grantedAt", grantedAt).put("expiresAt", expiresAt).put("active", active);
    }
}
