package nl.zvh.gateway.apidocs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The RFC 9457 problem details every error of the API answers with, as a schema of the published documents. */
final class Problem {

    private Problem() {
    }

    static JsonObject schema() {
        return new JsonObject().put("type", "object")
                .put("description", "Problem details (RFC 9457), media type application/problem+json.")
                .put("required", new JsonArray().add("title").add("status"))
                .put("properties", new JsonObject()
                        .put("type",
                                string("A URI naming the kind of problem; see the error catalogue of the "
                                        + "developer page (/api-docs).").put("format", "uri-reference"))
                        .put("title", string("A short summary of the kind of problem."))
                        .put("status",
                                new JsonObject().put("type", "integer").put("format", "int32")
                                        .put("description", "The HTTP status code.").put("example", 400))
                        .put("detail", string("What went wrong with this request."))
                        .put("instance", string("The request's path.").put("format", "uri-reference"))
                        .put("correlationId", string("The request's correlation id (also in X-Correlation-Id)."))
                        .put("errors", new JsonObject().put("type", "array")
                                .put("description", "Each field at fault (validation errors only).")
                                .put("items", new JsonObject().put("$ref", PartnerDocument.SCHEMAS + "FieldError"))));
    }

    static JsonObject fieldError() {
        return new JsonObject().put("type", "object").put("required", new JsonArray().add("field").add("message")).put(
                "properties",
                new JsonObject()
                        .put("field",
                                string("The field at fault: a dotted path into the body (person.dateOfBirth) "
                                        + "or the name of a query or path parameter."))
                        .put("message", string("Why its value was refused.")));
    }

    private static JsonObject string(String description) {
        return new JsonObject().put("type", "string").put("description", description);
    }
}
