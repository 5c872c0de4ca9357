package nl.zvh.deploy.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.zvh.deploy.e2e.ServiceDocuments;

/** The API operations of every service, read from the services' own OpenAPI documents (the gateway's paths). */
final class Endpoints {
    static final List<String> PROGRAMMES = List.of("intake", "triage", "coveca", "reintegration", "trafficking",
            "lifecourse");
    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    static final ObjectMapper JSON = new ObjectMapper();

    /** One operation: gateway path, its media type for the body (or null) and a generated body. */
    record Operation(String method, String path, String mediaType, String body, Set<String> roles) {
        String endpoint() {
            return method + " " + path;
        }
    }

    static List<Operation> fetch(HttpClient http, String token) throws Exception {
        List<Operation> operations = new ArrayList<>();
        for (String programme : PROGRAMMES) {
            // the service's own document: every operation, the operators' triggers too (the gateway publishes less)
            JsonNode doc = ServiceDocuments.of(programme);
            Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> p = paths.next();
                if (!p.getKey().startsWith("/api/")) {
                    continue; // the /ui pages: browser session only (code flow), see docs/authorisation-matrix.md
                }
                Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields();
                while (ops.hasNext()) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!METHODS.contains(op.getKey())) {
                        continue;
                    }
                    JsonNode content = op.getValue().path("requestBody").path("content");
                    String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                    String body = null;
                    if ("application/json".equals(mediaType)) {
                        body = JSON.writeValueAsString(sample(doc, content.path(mediaType).path("schema"), 0));
                    }
                    Set<String> roles = new java.util.TreeSet<>();
                    for (JsonNode requirement : op.getValue().path("security")) {
                        requirement.elements().forEachRemaining(scopes -> scopes.forEach(r -> roles.add(r.asText())));
                    }
                    operations.add(new Operation(op.getKey().toUpperCase(), "/" + programme + p.getKey(), mediaType,
                            body, roles));
                }
            }
        }
        return operations;
    }

    /** A value for a schema: required properties filled, first enum constant, plausible strings and dates. */
    static JsonNode sample(JsonNode doc, JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return sample(doc, doc.path("components").path("schemas").path(name), depth + 1);
        }
        if (depth > 8) {
            return f.nullNode();
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.get(combinator).size() > 0) {
                return sample(doc, schema.get(combinator).get(0), depth + 1);
            }
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode o = f.objectNode();
                JsonNode properties = schema.path("properties");
                for (JsonNode required : schema.path("required")) {
                    o.set(required.asText(), sample(doc, properties.path(required.asText()), depth + 1));
                }
                if (!schema.has("properties") && schema.path("additionalProperties").isObject()) {
                    o.set("FINANCES", sample(doc, schema.get("additionalProperties"), depth + 1));
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = f.arrayNode();
                a.add(sample(doc, schema.path("items"), depth + 1));
                return a;
            }
            case "integer", "number" -> {
                return f.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            }
            case "boolean" -> {
                return f.booleanNode(false);
            }
            default -> {
                return switch (format) {
                    // today and a minute ago satisfy the usual @PastOrPresent (and today @FutureOrPresent)
                    case "date" -> f.textNode(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
                    case "date-time" -> f.textNode(Instant.now().minusSeconds(60).toString());
                    case "uuid" -> f.textNode(java.util.UUID.randomUUID().toString());
                    case "local-time" -> f.textNode("10:00");
                    default -> f.textNode(schema.has("minLength") && schema.get("minLength").asInt() > 6
                            ? "Matrix".repeat(1 + schema.get("minLength").asInt() / 6)
                            : "Matrix");
                };
            }
        }
    }
}
