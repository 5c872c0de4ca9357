package nl.zvh.deploy.kubernetes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small Kustomize renderer for exactly the features deploy/kubernetes uses, so that CI renders the overlays without
 * a cluster or a kustomize binary: resources (files and folders), components, namespace, labels (metadata only),
 * patches (strategic merge for built-in kinds, JSON merge for custom resources; with or without a target), images and
 * secretGenerator literals without a name hash. Anything else fails loudly instead of rendering something different
 * from {@code kubectl kustomize} (KustomizeRendererAgreesWithKubectlTest compares the two where kubectl exists).
 */
final class Kustomize {

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources",
            "components", "labels", "patches", "images", "secretGenerator", "generatorOptions");
    private static final Set<String> BUILT_IN_API_VERSIONS = Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1",
            "networking.k8s.io/v1", "batch/v1");

    private Kustomize() {
    }

    /** Renders the kustomization in {@code dir} into its documents. */
    static List<Map<String, Object>> build(Path dir) {
        return load(dir, "Kustomization", new ArrayList<>());
    }

    private static List<Map<String, Object>> load(Path dir, String expectedKind, List<Map<String, Object>> docs) {
        Path file = dir.resolve("kustomization.yaml");
        Map<String, Object> k = Yaml.readOne(file);
        for (String key : k.keySet()) {
            if (!KUSTOMIZATION_FIELDS.contains(key)) {
                throw new IllegalArgumentException(file + ": kustomization field '" + key + "' is not supported");
            }
        }
        if (!expectedKind.equals(k.get("kind"))) {
            throw new IllegalArgumentException(file + ": expected kind " + expectedKind + " but was " + k.get("kind"));
        }
        for (Object r : Yaml.list(k.get("resources"))) {
            Path p = dir.resolve((String) r).normalize();
            if (Files.isDirectory(p)) {
                docs.addAll(load(p, "Kustomization", new ArrayList<>()));
            } else {
                docs.addAll(Yaml.readAll(p));
            }
        }
        for (Object c : Yaml.list(k.get("components"))) {
            load(dir.resolve((String) c).normalize(), "Component", docs);
        }
        docs.addAll(secrets(file, k));
        for (Object p : Yaml.list(k.get("patches"))) {
            patch(dir, Yaml.map(p), docs);
        }
        if (k.get("namespace") instanceof String ns) {
            docs.forEach(d -> Yaml.child(d, "metadata").put("namespace", ns));
        }
        for (Object l : Yaml.list(k.get("labels"))) {
            Map<String, Object> spec = Yaml.map(l);
            if (Boolean.TRUE.equals(spec.get("includeSelectors")) || spec.containsKey("includeTemplates")) {
                throw new IllegalArgumentException(file + ": only metadata labels are supported");
            }
            docs.forEach(d -> Yaml.child(Yaml.child(d, "metadata"), "labels").putAll(Yaml.map(spec.get("pairs"))));
        }
        for (Object i : Yaml.list(k.get("images"))) {
            Map<String, Object> image = Yaml.map(i);
            docs.forEach(d -> retag(d, image));
        }
        return docs;
    }

    private static List<Map<String, Object>> secrets(Path file, Map<String, Object> k) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Object> generators = Yaml.list(k.get("secretGenerator"));
        if (generators.isEmpty()) {
            return out;
        }
        if (!Boolean.TRUE.equals(Yaml.map(k.get("generatorOptions")).get("disableNameSuffixHash"))) {
            throw new IllegalArgumentException(file + ": secretGenerator needs generatorOptions.disableNameSuffixHash");
        }
        for (Object g : generators) {
            Map<String, Object> gen = Yaml.map(g);
            if (!Set.of("name", "type", "literals").containsAll(gen.keySet())) {
                throw new IllegalArgumentException(file + ": secretGenerator supports name, type and literals only");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            for (Object literal : Yaml.list(gen.get("literals"))) {
                String[] kv = ((String) literal).split("=", 2);
                data.put(kv[0], Base64.getEncoder().encodeToString(kv[1].getBytes(StandardCharsets.UTF_8)));
            }
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("apiVersion", "v1");
            secret.put("kind", "Secret");
            secret.put("metadata", new LinkedHashMap<>(Map.of("name", gen.get("name"))));
            secret.put("type", gen.getOrDefault("type", "Opaque"));
            secret.put("data", data);
            out.add(secret);
        }
        return out;
    }

    private static void patch(Path dir, Map<String, Object> spec, List<Map<String, Object>> docs) {
        List<Map<String, Object>> patches = spec.containsKey("path")
                ? Yaml.readAll(dir.resolve((String) spec.get("path")))
                : Yaml.parseAll((String) spec.get("patch"));
        Map<String, Object> target = Yaml.map(spec.get("target"));
        if (!Set.of("kind", "name").containsAll(target.keySet())) {
            throw new IllegalArgumentException(dir + ": patch targets support kind and name only");
        }
        for (Map<String, Object> p : patches) {
            int applied = 0;
            for (int i = 0; i < docs.size(); i++) {
                Map<String, Object> d = docs.get(i);
                boolean hit = target.isEmpty()
                        ? Yaml.kind(d).equals(Yaml.kind(p)) && Yaml.name(d).equals(Yaml.name(p))
                        : (!target.containsKey("kind") || target.get("kind").equals(Yaml.kind(d)))
                                && (!target.containsKey("name") || target.get("name").equals(Yaml.name(d)));
                if (hit) {
                    Map<String, Object> body = new LinkedHashMap<>(p);
                    body.remove("metadata");
                    body.remove("apiVersion");
                    body.remove("kind");
                    boolean strategic = BUILT_IN_API_VERSIONS.contains(d.get("apiVersion"));
                    docs.set(i, Yaml.map(merge(d, body, strategic)));
                    applied++;
                }
            }
            if (applied == 0) {
                throw new IllegalArgumentException(
                        dir + ": patch for " + Yaml.kind(p) + " " + Yaml.name(p) + " matches no resource");
            }
        }
    }

    /** Strategic merge (lists of named items merge by name) or, for custom resources, JSON merge (lists replaced). */
    static Object merge(Object base, Object patch, boolean strategic) {
        if (base instanceof Map<?, ?> b && patch instanceof Map<?, ?> p) {
            Map<String, Object> out = new LinkedHashMap<>();
            b.forEach((key, v) -> out.put((String) key, v));
            for (var e : p.entrySet()) {
                String key = (String) e.getKey();
                if (key.startsWith("$")) {
                    throw new IllegalArgumentException("patch directive " + key + " is not supported");
                }
                if (e.getValue() == null) {
                    out.remove(key);
                } else {
                    out.put(key, out.containsKey(key) ? merge(out.get(key), e.getValue(), strategic) : e.getValue());
                }
            }
            return out;
        }
        if (strategic && base instanceof List<?> b && patch instanceof List<?> p && named(b) && named(p)) {
            List<Object> out = new ArrayList<>(b);
            for (Object item : p) {
                Object name = ((Map<?, ?>) item).get("name");
                int at = -1;
                for (int i = 0; i < out.size(); i++) {
                    if (name.equals(((Map<?, ?>) out.get(i)).get("name"))) {
                        at = i;
                    }
                }
                if (at < 0) {
                    out.add(item);
                } else {
                    out.set(at, merge(out.get(at), item, true));
                }
            }
            return out;
        }
        return patch;
    }

    private static boolean named(List<?> list) {
        return list.stream().allMatch(o -> o instanceof Map<?, ?> m && m.get("name") instanceof String);
    }

    private static void retag(Object node, Map<String, Object> image) {
        if (node instanceof Map<?, ?> m) {
            for (String field : List.of("containers", "initContainers")) {
                for (Object c : Yaml.list(m.get(field))) {
                    Map<String, Object> container = Yaml.map(c);
                    String ref = (String) container.get("image");
                    if (ref == null) {
                        continue; // a partial container (an operator's pod template patch) names no image
                    }
                    int colon = ref.lastIndexOf(':');
                    String name = colon > ref.lastIndexOf('/') ? ref.substring(0, colon) : ref;
                    if (image.get("name").equals(name)) {
                        String tag = colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : null;
                        container.put("image",
                                image.getOrDefault("newName", name) + (image.containsKey("newTag")
                                        ? ":" + image.get("newTag")
                                        : tag == null ? "" : ":" + tag));
                    }
                }
            }
            m.values().forEach(v -> retag(v, image));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> retag(v, image));
        }
    }
}
