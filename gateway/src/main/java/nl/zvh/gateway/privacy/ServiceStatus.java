package nl.zvh.gateway.privacy;

import io.vertx.core.json.JsonObject;

/** Per service: whether its audit chain verified, how many rows, and an error when the service did not answer. */
public record ServiceStatus(String service, Boolean chainValid, long rows, String problem, String error) {

    JsonObject json() {
        return new JsonObject().put("service", service).put("chainValid", chainValid).put("rows", rows)
                .put("problem", problem).put("error", error);
    }
}
