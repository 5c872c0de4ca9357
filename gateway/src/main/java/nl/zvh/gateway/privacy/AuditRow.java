package nl.zvh.gateway.privacy;

import io.vertx.core.json.JsonObject;

/**
 * One audit entry of one service, as fetched from its {@code /api/audit}. {@code userDisplayName}: the person's name
 * when the service records it ({@code userDisplayName} in the JSON; today the services record the login name only).
 */
public record AuditRow(String service, String occurredAt, String action, String resourceType, String resourceId,
        String personRef, String userName, String userDisplayName, String organisation, String roles, String onBehalfOf,
        String purpose, String outcome, boolean breakGlass, String breakGlassId) {

    static AuditRow of(String service, JsonObject o) {
        return new AuditRow(service, o.getString("occurredAt"), o.getString("action"), o.getString("resourceType"),
                o.getString("resourceId"), o.getString("personRef"), o.getString("userName"),
                o.getString("userDisplayName"), o.getString("organisation"), o.getString("roles"),
                o.getString("onBehalfOf"), o.getString("purpose"), o.getString("outcome"),
                o.getBoolean("breakGlass", false), o.getString("breakGlassId"));
    }

    JsonObject json() {
        return new JsonObject().put("service", service).put("occurredAt", occurredAt).put("action", action)
                .put("resourceType", resourceType).put("resourceId", resourceId).put("personRef", personRef)
                .put("userName", userName).put("userDisplayName", userDisplayName).put("organisation", organisation)
                .put("roles", roles).put("onBehalfOf", onBehalfOf).put("purpose", purpose).put("outcome", outcome)
                .put("breakGlass", breakGlass).put("breakGlassId", breakGlassId);
    }
}
