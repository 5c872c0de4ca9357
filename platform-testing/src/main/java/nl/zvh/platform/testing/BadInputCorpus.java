package nl.zvh.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates the bad-input corpus for a JSON write endpoint from one plausible body: per field wrong types,
 * null/absent, oversized, unicode edge cases (RTL marks, emoji, NUL, lone surrogates, invalid UTF-8 as raw bytes),
 * injection-shaped text (SQL, HTML/script, template, CRLF header injection) and boundaries; and whole-body cases
 * (malformed JSON, wrong JSON kinds, deep nesting, wrong content types, unknown fields). At least 200 cases per
 * endpoint: small bodies get their field cases also on an otherwise empty object.
 */
public final class BadInputCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Text that a free-text field may legitimately store, but must never break the service. */
    static final Map<String, String> HOSTILE_TEXT = Map.ofEntries(Map.entry("empty string", ""),
            Map.entry("blank", "   \t "), Map.entry("RTL override", "\u202Eevil\u202C.exe"),
            Map.entry("RTL mark", "\u200Fשלום\u200F"), Map.entry("arabic", "مرحبا بالعالم"),
            Map.entry("emoji ZWJ family", "👩‍👩‍👧‍👦 🏳️‍🌈"), Map.entry("combining zalgo", "Z̴̡̛a̷͎l̸̡g̵o̶"),
            Map.entry("zero-width", "a\u200Bb\u200Dc\uFEFF"), Map.entry("escaped lone high surrogate", "a\uD800b"),
            Map.entry("escaped lone low surrogate", "a\uDC00b"), Map.entry("SQL injection quote", "' OR '1'='1' --"),
            Map.entry("SQL injection drop", "x'); DROP TABLE outbox_message; --"),
            Map.entry("SQL injection union", "1 UNION SELECT usename, passwd FROM pg_shadow --"),
            Map.entry("HTML script", "<script>alert(1)</script>"),
            Map.entry("HTML img onerror", "<img src=x onerror=alert(1)>"),
            Map.entry("HTML attribute break", "\"><svg onload=alert(1)>"),
            Map.entry("template Qute", "{#include foo /}{cdi:bean}"),
            Map.entry("template expression", "${7*7}#{7*7}{{7*7}}"),
            Map.entry("JNDI lookup", "${jndi:ldap://127.0.0.1/x}"),
            Map.entry("CRLF header injection", "x\r\nSet-Cookie: injected=1\r\n\r\n<html>"),
            Map.entry("CSV formula", "=HYPERLINK(\"http://x\",\"y\")"),
            Map.entry("path traversal", "../../../../etc/passwd"), Map.entry("percent NUL", "%00%0d%0a"),
            Map.entry("backslashes", "\\\\\\\"\\u0000"), Map.entry("long 4001", "x".repeat(4001)),
            Map.entry("long 100000", "y".repeat(100_000)), Map.entry("long multibyte 3000 emoji", "😀".repeat(3000)),
            Map.entry("only whitespace newlines", "\n\n\r\n"), Map.entry("control characters", "a\u0001\u0002\u001Fb"),
            Map.entry("non-characters", "\uFFFE\uFFFF"));

    private BadInputCorpus() {
    }

    public static List<BadInput> forBody(String validJson) {
        JsonNode valid = read(validJson);
        List<BadInput> cases = new ArrayList<>(wholeBody(validJson));
        List<String> fields = new ArrayList<>();
        collectFields(valid, "", fields);
        for (String field : fields) {
            cases.addAll(fieldCases(valid, field));
        }
        if (cases.size() < 200) { // small bodies: the same field cases on an otherwise empty object
            for (String field : fields) {
                if (!field.contains(".") && !field.contains("[")) {
                    ObjectNode empty = F.objectNode();
                    empty.set(field, valid.get(field));
                    cases.addAll(fieldCases(empty, field).stream().map(c -> new BadInput(c.name() + " (alone)",
                            c.field(), c.body(), c.contentType(), c.mustBeRejected())).toList());
                }
            }
        }
        for (int round = 0; cases.size() < 200; round++) { // hostile values in fields the endpoint does not have
            String unknown = "unknownField" + round;
            for (Map.Entry<String, String> text : HOSTILE_TEXT.entrySet()) {
                if (valid instanceof ObjectNode object) {
                    ObjectNode body = object.deepCopy();
                    body.put(unknown, text.getValue());
                    cases.add(BadInput.json(text.getKey() + " in an unknown field", unknown, body.toString(), true));
                } else { // an array body: an extra element that is an object with an unknown field
                    ArrayNode body = ((ArrayNode) valid).deepCopy();
                    body.addObject().put(unknown, text.getValue());
                    cases.add(BadInput.json(text.getKey() + " in an unknown field of an extra element", null,
                            body.toString(), true));
                }
            }
        }
        return cases;
    }

    static List<BadInput> wholeBody(String validJson) {
        List<BadInput> cases = new ArrayList<>();
        String[][] malformed = {{"empty body", ""}, {"whitespace body", "  \n"},
                {"truncated", validJson.substring(0, validJson.length() / 2)}, {"unclosed object", "{"},
                {"trailing comma", "{\"a\": 1,}"}, {"single quotes", "{'a': 1}"}, {"comment", "/* x */ {}"},
                {"NaN", "{\"a\": NaN}"}, {"bare word", "hello"}, {"array instead of object", "[]"},
                {"array of the body", "[" + validJson + "]"}, {"null", "null"}, {"number", "42"},
                {"string", "\"body\""}, {"boolean", "true"}, {"two objects", validJson + validJson},
                {"unknown field", validJson.replaceFirst("\\{", "{\"isAdmin\": true, ")},
                {"prototype pollution", validJson.replaceFirst("\\{", "{\"__proto__\": {\"admin\": true}, ")},
                {"deep nesting 5000", "[".repeat(5000) + "]".repeat(5000)},
                {"deep object nesting 3000", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)},
                {"huge number", "{\"a\": 1" + "0".repeat(5000) + "}"}, {"unicode escape NUL key", "{\"\\u0000\": 1}"}};
        for (String[] m : malformed) {
            // an endpoint whose body is optional (e.g. a withdrawal without reason) may accept an empty body
            cases.add(BadInput.json(m[0], null, m[1], !m[1].isBlank()));
        }
        cases.add(raw("raw NUL byte in a string", validJson.replaceFirst("\":\\s*\"", "\": \"\u0000"), true));
        cases.add(raw("raw control byte in a string", validJson.replaceFirst("\":\\s*\"", "\": \"\u0007"), true));
        cases.add(new BadInput("invalid UTF-8 lone surrogate bytes (ED A0 80)", null,
                splice(validJson, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "application/json", true));
        cases.add(new BadInput("invalid UTF-8 byte FF", null, splice(validJson, new byte[]{(byte) 0xFF, (byte) 0xFE}),
                "application/json", true));
        // decoded leniently to U+FFFD (no smuggled '/'), so it may be accepted, but never as a 5xx
        cases.add(new BadInput("overlong UTF-8 slash (C0 AF)", null,
                splice(validJson, new byte[]{(byte) 0xC0, (byte) 0xAF}), "application/json", false));
        // JSON parsers detect UTF-16 (RFC 4627): may be accepted, never a 5xx
        cases.add(new BadInput("UTF-16 body", null, validJson.getBytes(StandardCharsets.UTF_16), "application/json",
                false));
        cases.add(new BadInput("text/plain", null, validJson.getBytes(StandardCharsets.UTF_8), "text/plain", true));
        cases.add(new BadInput("application/xml", null,
                "<referral><a>1</a></referral>".getBytes(StandardCharsets.UTF_8), "application/xml", true));
        cases.add(new BadInput("form encoded", null, "a=1&b=2".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", true));
        cases.add(new BadInput("oversized body 12 MB", null,
                ("{\"a\": \"" + "z".repeat(12 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json", true));
        return cases;
    }

    static List<BadInput> fieldCases(JsonNode valid, String field) {
        List<BadInput> cases = new ArrayList<>();
        JsonNode original = get(valid, field);
        boolean scalar = original != null && original.isValueNode() && !original.isNull();
        // wrong JSON kinds: an object or array where a scalar belongs, a scalar where an object/array belongs
        if (scalar) {
            cases.add(with(valid, field, "object for a scalar", F.objectNode().put("x", 1), true));
            cases.add(with(valid, field, "array for a scalar", F.arrayNode().add("x"), true));
            // Jackson reads [] as null for some scalars (java.time): then it is "absent", which may be fine
            cases.add(with(valid, field, "empty array for a scalar", F.arrayNode(), false));
        } else if (original != null && original.isObject()) {
            cases.add(with(valid, field, "string for an object", F.textNode("x"), true));
            cases.add(with(valid, field, "array for an object", F.arrayNode().add(1), true));
        } else if (original != null && original.isArray()) {
            cases.add(with(valid, field, "string for an array", F.textNode("x"), false)); // single value may be lenient
            cases.add(with(valid, field, "object for an array", F.objectNode().put("x", 1), true));
            cases.add(with(valid, field, "array of nulls", F.arrayNode().addNull().addNull(), false));
            ArrayNode many = F.arrayNode();
            for (int i = 0; i < 2000; i++) {
                many.add(original.isEmpty() ? F.textNode("x") : original.get(0));
            }
            cases.add(with(valid, field, "array of 2000 elements", many, false));
        }
        cases.add(with(valid, field, "null", F.nullNode(), false));
        cases.add(without(valid, field));
        cases.add(with(valid, field, "boolean", F.booleanNode(true), false));
        cases.add(with(valid, field, "number", F.numberNode(12345), false));
        cases.add(with(valid, field, "negative number", F.numberNode(-1), false));
        cases.add(with(valid, field, "huge integer", F.numberNode(new java.math.BigInteger("9".repeat(40))), false));
        cases.add(with(valid, field, "fraction", F.numberNode(1.5), false));
        cases.add(with(valid, field, "1e308", F.numberNode(1e308), false));
        if (original == null || original.isTextual() || original.isNull()) {
            HOSTILE_TEXT.forEach((name, text) -> cases.add(with(valid, field, name, F.textNode(text), false)));
            boolean isDate = original != null && original.asText().matches("\\d{4}-\\d{2}-\\d{2}");
            cases.add(with(valid, field, "escaped NUL", F.textNode("a\u0000b"), true));
            // a date or id of only NUL reads as blank (absent, java.time/UUID trim it); text with NUL must be refused
            boolean isId = original != null && original.asText().matches("[0-9a-f]{8}-[0-9a-f-]{27}");
            cases.add(with(valid, field, "only NUL", F.textNode("\u0000"), !isDate && !isId));
            if (isDate) {
                for (String date : List.of("2026-02-30", "0000-01-01", "9999-12-31", "1800-01-01", "2026-13-01",
                        "26-1-1", "2026-01-01T10:00:00Z", "01-01-2026")) {
                    cases.add(with(valid, field, "date " + date, F.textNode(date), false));
                }
            }
        } else if (original.isNumber()) {
            cases.add(with(valid, field, "text for a number", F.textNode("twelve"), true));
            cases.add(with(valid, field, "min int - 1", F.numberNode(-2147483649L), false));
            cases.add(with(valid, field, "zero", F.numberNode(0), false));
        }
        return cases;
    }

    // ------------------------------------------------------------------------------------------------- plumbing

    private static void collectFields(JsonNode node, String prefix, List<String> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                out.add(path);
                JsonNode child = node.get(name);
                if (child.isObject()) {
                    collectFields(child, path, out);
                } else if (child.isArray() && !child.isEmpty() && child.get(0).isObject()) {
                    collectFields(child.get(0), path + "[0]", out);
                }
            });
        }
    }

    private static JsonNode get(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            if (part.endsWith("[0]")) {
                node = node.get(part.substring(0, part.length() - 3));
                node = node == null ? null : node.get(0);
            } else {
                node = node.get(part);
            }
        }
        return node;
    }

    private static BadInput with(JsonNode valid, String field, String name, JsonNode value, boolean mustBeRejected) {
        return BadInput.json(name, field, edit(valid, field, (parent, last) -> parent.set(last, value)),
                mustBeRejected);
    }

    private static BadInput without(JsonNode valid, String field) {
        return BadInput.json("absent", field, edit(valid, field, (parent, last) -> parent.remove(last)), false);
    }

    private interface Edit {
        void apply(ObjectNode parent, String last);
    }

    private static String edit(JsonNode valid, String field, Edit edit) {
        JsonNode copy = valid.deepCopy();
        int dot = field.lastIndexOf('.');
        JsonNode parent = dot < 0 ? copy : get(copy, field.substring(0, dot));
        if (parent instanceof ObjectNode object) {
            edit.apply(object, field.substring(dot + 1));
        }
        return copy.toString();
    }

    private static BadInput raw(String name, String body, boolean mustBeRejected) {
        return new BadInput(name, null, body.getBytes(StandardCharsets.UTF_8), "application/json", mustBeRejected);
    }

    private static byte[] splice(String json, byte[] bytes) {
        int at = json.indexOf("\": \"");
        if (at < 0) {
            at = json.indexOf("\":\"");
        }
        if (at < 0) {
            return (json + new String(bytes, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        }
        int split = json.indexOf('"', at + 2) + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, split).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(json.substring(split).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }
}
