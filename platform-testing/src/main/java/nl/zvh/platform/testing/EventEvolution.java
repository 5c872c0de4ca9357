package nl.zvh.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Variants of a producer's event sample for schema-evolution tests of consumers: a <em>newer</em> event (fields the
 * consumer does not know yet, in the envelope, the payload and every nested object) and an <em>older</em> event of
 * the same version (the optional fields added to v1 later left out, as producers sent them before).
 */
public final class EventEvolution {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventEvolution() {
    }

    /** The event with unknown fields added at every object level (envelope, payload, nested objects). */
    public static String withAddedUnknownFields(String eventJson) {
        JsonNode root = read(eventJson);
        addUnknown(root);
        return root.toString();
    }

    /** The event as an older producer sent it: the given optional payload fields absent wherever they occur. */
    public static String withoutFields(String eventJson, String... fields) {
        JsonNode root = read(eventJson);
        remove(root.get("payload"), Set.of(fields));
        return root.toString();
    }

    private static void addUnknown(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> addUnknown(object.get(name)));
            object.put("addedInALaterVersion", "ignored by older consumers");
            object.putObject("addedNestedObject").put("level", 2).putArray("items").add("x");
        } else if (node != null && node.isArray()) {
            node.forEach(EventEvolution::addUnknown);
        }
    }

    private static void remove(JsonNode node, Set<String> fields) {
        if (node instanceof ObjectNode object) {
            object.remove(fields);
            object.forEach(child -> remove(child, fields));
        } else if (node != null && node.isArray()) {
            node.forEach(child -> remove(child, fields));
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
