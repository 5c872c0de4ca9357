package nl.zvh.deploy.kubernetes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The documents of one rendered overlay, looked up by kind and name. */
record Rendered(String overlay, List<Map<String, Object>> docs) {

    static Rendered of(Path kustomizationDir) {
        return new Rendered(kustomizationDir.getFileName().toString(), Kustomize.build(kustomizationDir));
    }

    List<Map<String, Object>> all(String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return all(kind).stream().filter(d -> name.equals(Yaml.name(d))).findFirst();
    }

    static Map<String, String> podLabels(Map<String, Object> deployment) {
        return Yaml.labels(Yaml.at(deployment, "spec.template.metadata.labels"));
    }

    /** The platform's own Deployments (gateway and services). */
    List<Map<String, Object>> apps() {
        return all("Deployment").stream().filter(d -> "app".equals(podLabels(d).get("zvh.nl/tier"))).toList();
    }

    String config(String app, String key) {
        return find("ConfigMap", app + "-config").map(c -> Yaml.str(c, "data." + key)).orElse(null);
    }
}
