package nl.zvh.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON write endpoints (POST/PUT/PATCH under /api with an application/json body) of the service under test, read
 * from its own OpenAPI document, each with a plausible body generated from the request schema (enums, formats,
 * lengths) and random ids for path parameters — the input {@link BadInputProbe} mutates.
 */
public final class WriteEndpoints {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** One write endpoint: METHOD, path with its parameters filled in, and a plausible body. */
    public record Endpoint(String method, String template, String path, String plausibleBody) {
        public String key() {
            return method + " " + template;
        }
    }

    private WriteEndpoints() {
    }

    /**
     * Operational triggers left out of the corpus: a retention run takes an optional body (no body = run now), and
     * the erasure it performs changes rows asynchronously (events), so "nothing stored" cannot be judged after it.
     * Its input rules are covered by the services' retention tests.
     */
    static final List<String> OPERATIONAL = List.of("/api/retention/runs");

    public static List<Endpoint> fromOpenApi() {
        JsonNode api = BadInputCorpus.read(ManagementInterface.given().queryParam("format", "json").when()
                .get("/q/openapi").then().statusCode(200).extract().asString());
        List<Endpoint> out = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(p -> {
            if (!p.getKey().startsWith("/api/") || OPERATIONAL.contains(p.getKey())) {
                return;
            }
            p.getValue().fields().forEachRemaining(op -> {
                String method = op.getKey().toUpperCase();
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (List.of("POST", "PUT", "PATCH").contains(method) && !schema.isMissingNode()) {
                    String path = p.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    out.add(new Endpoint(method, p.getKey(), path, plausible(api, schema, "", 0).toString()));
                }
            });
        });
        return out;
    }

    static JsonNode plausible(JsonNode api, JsonNode schema, String name, int depth) {
        schema = resolve(api, schema);
        if (schema.has("allOf")) {
            return plausible(api, schema.get("allOf").get(0), name, depth);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string" :
                return F.textNode(text(name, format, schema));
            case "integer" :
                return F.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "number" :
                return F.numberNode(1.0);
            case "boolean" :
                return F.booleanNode(false);
            case "array" :
                return depth > 4
                        ? F.arrayNode()
                        : F.arrayNode().add(plausible(api, schema.path("items"), name, depth + 1));
            default :
                ObjectNode object = F.objectNode();
                if (depth > 4) {
                    return object;
                }
                Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
                props.forEachRemaining(
                        e -> object.set(e.getKey(), plausible(api, e.getValue(), e.getKey(), depth + 1)));
                return object;
        }
    }

    private static String text(String name, String format, JsonNode schema) {
        switch (format) {
            case "date" :
                return "1984-03-12";
            case "date-time" :
                return "2026-11-23T09:15:00Z";
            case "uuid" :
                return UUID.randomUUID().toString();
            case "email" :
                return "someone@example.org";
            default :
                break;
        }
        String lower = name.toLowerCase();
        if (lower.contains("bsn")) {
            return "111222333";
        }
        if (lower.contains("time")) {
            return "10:00";
        }
        if (lower.contains("municipality")) {
            return "Roosendaal";
        }
        int max = schema.path("maxLength").asInt(40);
        String value = "Plausible " + name;
        return value.length() > max ? value.substring(0, Math.max(1, max)) : value;
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = api.at(ref.substring(1));
        }
        return schema;
    }
}
