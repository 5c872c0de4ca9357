package nl.zvh.gateway.apidocs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.zvh.gateway.config.GatewayConfig;
import nl.zvh.gateway.versioning.ApiVersioning;

/**
 * A service's OpenAPI document as the gateway publishes it to partners' developers (NL GOV API Design Rules): only
 * the API ({@code /api/...}; no pages, no operators' triggers), paths relative to the one server, the gateway's
 * {@code /{programme}/api/v1}; {@code info} with the full version and a contact; every operation with an
 * {@code operationId}, a tag and a description; {@code API-Version} on every success; every error as
 * {@code application/problem+json} (RFC 9457). Schemas no published operation uses are left out.
 */
final class PartnerDocument {
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** The platform operators' own triggers: not part of the partner API. */
    static final List<String> INTERNAL = List.of("/api/retention/", "/api/admin/jobs/");
    static final String PROBLEM = "application/problem+json";
    static final String SCHEMAS = "#/components/schemas/";

    private PartnerDocument() {
    }

    static JsonObject of(JsonObject raw, String programme, String gatewayBase, GatewayConfig.Api api, String issuer) {
        String base = gatewayBase.replaceAll("/+$", "");
        JsonObject rawInfo = raw.getJsonObject("info", new JsonObject());
        JsonObject doc = new JsonObject().put("openapi", raw.getString("openapi", "3.0.3"));
        doc.put("info",
                new JsonObject().put("title", rawInfo.getString("title", programme))
                        .put("description",
                                rawInfo.getString("description", programme) + "\n\nHow to call it, the errors, "
                                        + "the limits and the versioning policy: " + base + "/api-docs")
                        .put("version", api.version()).put("contact", new JsonObject().put("name", api.contactName())
                                .put("email", api.contactEmail()).put("url", base + "/api-docs")));
        doc.put("servers",
                new JsonArray().add(new JsonObject()
                        .put("url", base + "/" + programme + "/api/" + ApiVersioning.CURRENT).put("description",
                                "The platform's gateway, major version " + ApiVersioning.CURRENT.substring(1))));

        JsonObject paths = new JsonObject();
        Map<String, String> tags = new TreeMap<>();
        Set<String> roles = new java.util.TreeSet<>();
        Set<String> operationIds = new HashSet<>();
        JsonObject rawPaths = raw.getJsonObject("paths", new JsonObject());
        new TreeMap<>(rawPaths.getMap()).keySet().forEach(path -> {
            if (!path.startsWith("/api/") || INTERNAL.stream().anyMatch(path::startsWith)) {
                return;
            }
            String published = path.substring("/api".length());
            JsonObject item = rawPaths.getJsonObject(path).copy();
            for (String method : Set.copyOf(item.fieldNames())) {
                if (METHODS.contains(method)) {
                    PartnerOperation.complete(item.getJsonObject(method), method, published, operationIds);
                    item.getJsonObject(method).getJsonArray("tags").forEach(t -> tags.putIfAbsent((String) t, null));
                    item.getJsonObject(method).getJsonArray("security", new JsonArray()).forEach(r -> ((JsonObject) r)
                            .forEach(e -> ((JsonArray) e.getValue()).forEach(role -> roles.add((String) role))));
                }
            }
            paths.put(published, item);
        });
        doc.put("paths", paths);

        JsonArray rawTags = raw.getJsonArray("tags", new JsonArray());
        JsonArray tagList = new JsonArray();
        tags.keySet().forEach(name -> {
            JsonObject tag = new JsonObject().put("name", name);
            rawTags.stream().map(JsonObject.class::cast).filter(t -> name.equals(t.getString("name"))).findFirst()
                    .map(t -> t.getString("description")).ifPresent(d -> tag.put("description", d));
            tag.put("description", tag.getString("description", "Operations on " + name.toLowerCase() + "."));
            tagList.add(tag);
        });
        doc.put("tags", tagList);
        doc.put("components", components(raw.getJsonObject("components", new JsonObject()), paths, roles, issuer));
        return doc;
    }

    /** The components the published paths use, with the problem schema, the version header and the security. */
    private static JsonObject components(JsonObject raw, JsonObject paths, Set<String> roles, String issuer) {
        JsonObject rawSchemas = raw.getJsonObject("schemas", new JsonObject());
        JsonObject schemas = new JsonObject();
        Set<String> used = new HashSet<>();
        collectRefs(paths, used);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String name : Set.copyOf(used)) {
                if (!schemas.containsKey(name) && rawSchemas.containsKey(name)) {
                    schemas.put(name, rawSchemas.getJsonObject(name));
                    collectRefs(rawSchemas.getJsonObject(name), used);
                    grew = true;
                }
            }
        }
        JsonObject sorted = new JsonObject();
        new TreeMap<>(schemas.getMap()).keySet().forEach(k -> sorted.put(k, schemas.getValue(k)));
        sorted.put("Problem", Problem.schema()).put("FieldError", Problem.fieldError());
        JsonObject scopes = new JsonObject();
        roles.forEach(role -> scopes.put(role, "The realm role " + role + "."));
        JsonObject scheme = new JsonObject()
                .put("type", "oauth2").put("description",
                        SECURITY)
                .put("flows", new JsonObject().put("clientCredentials",
                        new JsonObject()
                                .put("tokenUrl", issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token")
                                .put("scopes", scopes)));
        JsonObject security = new JsonObject();
        raw.getJsonObject("securitySchemes", new JsonObject()).fieldNames().forEach(name -> security.put(name, scheme));
        return new JsonObject().put("schemas", sorted)
                .put("headers", new JsonObject().put(ApiVersioning.HEADER,
                        new JsonObject().put("description", "The full version (semver) of the API that answered.")
                                .put("schema", new JsonObject().put("type", "string").put("example", "1.0.0"))))
                .put("securitySchemes", security);
    }

    static final String SECURITY = "An access token of the platform's Keycloak realm zvh, sent as "
            + "'Authorization: Bearer <token>'. A partner system gets one with the client credentials grant of its own "
            + "client; the token carries the organisation and house the answers are limited to. Each operation lists "
            + "the realm roles of which the token needs one (a partner system's client has the role partner-system); "
            + "they are roles in the token, not scopes to ask for.";

    private static void collectRefs(Object node, Set<String> into) {
        if (node instanceof JsonObject o) {
            o.forEach(e -> {
                if ("$ref".equals(e.getKey()) && e.getValue() instanceof String ref && ref.startsWith(SCHEMAS)) {
                    into.add(ref.substring(SCHEMAS.length()));
                } else {
                    collectRefs(e.getValue(), into);
                }
            });
        } else if (node instanceof JsonArray a) {
            a.forEach(v -> collectRefs(v, into));
        }
    }
}
