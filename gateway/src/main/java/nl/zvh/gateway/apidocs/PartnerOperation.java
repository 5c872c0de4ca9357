package nl.zvh.gateway.apidocs;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.zvh.gateway.versioning.ApiVersioning;

/** One published operation completed for partners' generated clients (see {@link PartnerDocument}). */
final class PartnerOperation {

    /** The errors any operation may answer, with what they mean for a partner system. */
    private static final String[][] ALWAYS = {
            {"401", "No valid access token was sent."}, {"403",
                    "The token lacks a role this operation needs, or the record is not of the caller's organisation "
                            + "or house."},
            {"429", "Too many requests from this caller: wait the seconds of Retry-After."},
            {"500", "The service failed; nothing was changed. The correlation id (X-Correlation-Id) identifies the "
                    + "request to the platform's operators."},
            {"503", "The service is busy or unavailable; nothing was passed on. Retry after the seconds of Retry-After."}};

    private PartnerOperation() {
    }

    static void complete(JsonObject op, String method, String path, Set<String> operationIds) {
        if (op.getString("operationId") == null) {
            op.put("operationId", unique(operationId(method, path), operationIds));
        } else {
            op.put("operationId", unique(op.getString("operationId"), operationIds));
        }
        JsonArray tags = op.getJsonArray("tags");
        if (tags == null || tags.isEmpty()) {
            op.put("tags", new JsonArray().add(tagOf(path)));
        }
        if (op.getString("description") == null || op.getString("description").isBlank()) {
            op.put("description", description(op, method, path));
        }
        JsonObject responses = op.getJsonObject("responses");
        if (responses == null) {
            responses = new JsonObject();
            op.put("responses", responses);
        }
        boolean hasInput = op.containsKey("requestBody") || !op.getJsonArray("parameters", new JsonArray()).isEmpty();
        if (hasInput && !responses.containsKey("400")) {
            responses.put("400", new JsonObject().put("description",
                    "The request is not valid: the problem's errors name each field at fault."));
        }
        if (path.contains("{") && !responses.containsKey("404")) {
            responses.put("404", new JsonObject().put("description", "There is no such record for this caller."));
        }
        for (String[] always : ALWAYS) {
            if (!responses.containsKey(always[0])) {
                responses.put(always[0], new JsonObject().put("description", always[1]));
            }
        }
        for (String status : Set.copyOf(responses.fieldNames())) {
            JsonObject response = responses.getJsonObject(status);
            if (status.startsWith("2") || status.startsWith("3")) {
                JsonObject headers = response.getJsonObject("headers", new JsonObject());
                headers.put(ApiVersioning.HEADER,
                        new JsonObject().put("$ref", "#/components/headers/" + ApiVersioning.HEADER));
                response.put("headers", headers);
            } else if (status.startsWith("4") || status.startsWith("5")) {
                response.put("content", new JsonObject().put(PartnerDocument.PROBLEM, new JsonObject().put("schema",
                        new JsonObject().put("$ref", PartnerDocument.SCHEMAS + "Problem"))));
            }
        }
    }

    /** {@code get /referrals/{id}/attachments} is {@code getReferralsByIdAttachments}. */
    static String operationId(String method, String path) {
        StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith("{")) {
                id.append("By").append(capitalised(segment.replaceAll("[{}]", "")));
            } else {
                for (String word : segment.split("[-_.]")) {
                    id.append(capitalised(word));
                }
            }
        }
        return id.toString();
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    private static String tagOf(String path) {
        String first = path.split("/").length > 1 ? path.split("/")[1] : "api";
        return capitalised(first.replace('-', ' '));
    }

    private static String description(JsonObject op, String method, String path) {
        List<String> parts = new ArrayList<>();
        if (op.getString("summary") != null) {
            parts.add(op.getString("summary").replaceAll("\\.?$", "."));
        } else {
            parts.add(verb(method) + " " + path + ".");
        }
        Set<String> roles = new TreeSet<>();
        op.getJsonArray("security", new JsonArray()).forEach(requirement -> ((JsonObject) requirement)
                .forEach(scheme -> ((JsonArray) scheme.getValue()).forEach(r -> roles.add((String) r))));
        if (!roles.isEmpty()) {
            parts.add("Allowed with one of the roles: " + String.join(", ", roles) + ".");
        }
        return String.join(" ", parts);
    }

    private static String verb(String method) {
        return switch (method) {
            case "get" -> "Reads";
            case "post" -> "Creates or starts";
            case "put" -> "Replaces";
            case "patch" -> "Changes";
            case "delete" -> "Removes";
            default -> method.toUpperCase(Locale.ROOT);
        };
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
