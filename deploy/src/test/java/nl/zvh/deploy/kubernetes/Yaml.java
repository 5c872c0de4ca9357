package nl.zvh.deploy.kubernetes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** YAML documents as plain maps and lists, with the few navigation helpers the checks need. */
final class Yaml {

    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    static List<Map<String, Object>> readAll(Path file) {
        try {
            return parseAll(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static Map<String, Object> readOne(Path file) {
        List<Map<String, Object>> docs = readAll(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one document, found " + docs.size());
        }
        return docs.get(0);
    }

    static List<Map<String, Object>> parseAll(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        try (var it = MAPPER.readerFor(Map.class).readValues(MAPPER.getFactory().createParser(text))) {
            while (it.hasNext()) {
                Object doc = it.next();
                if (doc instanceof Map<?, ?> m && !m.isEmpty()) {
                    docs.add(map(m));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static String toJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The child map under {@code key}, created when absent. */
    static Map<String, Object> child(Map<String, Object> parent, String key) {
        Object c = parent.get(key);
        if (!(c instanceof Map)) {
            c = new LinkedHashMap<String, Object>();
            parent.put(key, c);
        }
        return map(c);
    }

    /** The value at a dotted path of map keys, or null. */
    static Object at(Object node, String path) {
        Object cur = node;
        for (String key : path.split("\\.")) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = m.get(key);
        }
        return cur;
    }

    static String str(Object node, String path) {
        Object v = at(node, path);
        return v == null ? null : String.valueOf(v);
    }

    static String kind(Map<String, Object> doc) {
        return String.valueOf(doc.get("kind"));
    }

    static String name(Map<String, Object> doc) {
        return String.valueOf(at(doc, "metadata.name"));
    }

    static String id(Map<String, Object> doc) {
        return kind(doc) + "/" + name(doc);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> labels(Object selectorOrLabels) {
        Map<String, String> out = new LinkedHashMap<>();
        map(selectorOrLabels).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }
}
