package nl.zvh.deploy.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses every document into fabric8's typed Kubernetes model (wrong types fail, fields that land in
 * additionalProperties are unknown or misspelled). Custom resources without a typed model (Strimzi, CloudNativePG,
 * Keycloak, Prometheus Operator) are checked against the fields these manifests may use, and their required fields.
 */
final class SchemaCheck {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Allowed keys per custom resource path ("[]" = every list item). */
    private static final Map<String, Set<String>> CRD_FIELDS = Map
            .ofEntries(
                    Map.entry("Kafka:spec",
                            Set.of("kafka", "entityOperator", "cruiseControl", "kafkaExporter", "clusterCa",
                                    "clientsCa")),
                    Map.entry("Kafka:spec.kafka",
                            Set.of("version", "metadataVersion", "listeners", "config", "authorization", "rack",
                                    "template", "logging", "metricsConfig")),
                    Map.entry("Kafka:spec.kafka.listeners[]",
                            Set.of("name", "port", "type", "tls", "authentication", "configuration",
                                    "networkPolicyPeers")),
                    Map.entry("Kafka:spec.entityOperator", Set.of("topicOperator", "userOperator", "template")),
                    Map.entry("KafkaNodePool:spec",
                            Set.of("replicas", "roles", "storage", "resources", "jvmOptions", "template")),
                    Map.entry("KafkaNodePool:spec.storage", Set.of("type", "volumes", "size", "class", "deleteClaim")),
                    Map.entry("KafkaNodePool:spec.storage.volumes[]",
                            Set.of("id", "type", "size", "class", "deleteClaim", "kraftMetadata")),
                    Map.entry("KafkaTopic:spec", Set.of("topicName", "partitions", "replicas", "config")),
                    Map.entry("KafkaUser:spec", Set.of("authentication", "authorization", "quotas", "template")),
                    Map.entry("KafkaUser:spec.authorization", Set.of("type", "acls")),
                    Map.entry("KafkaUser:spec.authorization.acls[]", Set.of("resource", "operations", "host", "type")),
                    Map.entry("Cluster:spec",
                            Set.of("instances", "primaryUpdateStrategy", "enableSuperuserAccess", "bootstrap",
                                    "managed", "postgresql", "storage", "walStorage", "resources", "imageName",
                                    "backup", "affinity", "monitoring", "plugins", "description")),
                    Map.entry("Cluster:spec.bootstrap", Set.of("initdb", "recovery", "pg_basebackup")),
                    Map.entry("Cluster:spec.bootstrap.initdb",
                            Set.of("database", "owner", "secret", "encoding", "localeCollate", "localeCType",
                                    "dataChecksums", "postInitSQL", "postInitApplicationSQL")),
                    Map.entry("Cluster:spec.managed", Set.of("roles", "services")),
                    Map.entry("Cluster:spec.managed.roles[]",
                            Set.of("name", "ensure", "login", "passwordSecret", "comment", "superuser", "createdb",
                                    "createrole", "inherit", "replication", "bypassrls", "connectionLimit",
                                    "validUntil", "inRoles", "disablePassword")),
                    Map.entry("Cluster:spec.storage",
                            Set.of("size", "storageClass", "resizeInUseVolumes", "pvcTemplate")),
                    Map.entry("Keycloak:spec",
                            Set.of("instances", "db", "http", "hostname", "proxy", "ingress", "resources", "image",
                                    "features", "additionalOptions", "unsupported", "transaction", "cache",
                                    "httpManagement", "bootstrapAdmin", "startOptimized", "scheduling")),
                    Map.entry("Keycloak:spec.db",
                            Set.of("vendor", "host", "port", "database", "usernameSecret", "passwordSecret", "schema",
                                    "url", "poolInitialSize", "poolMinSize", "poolMaxSize")),
                    Map.entry(
                            "Keycloak:spec.http",
                            Set.of("httpEnabled", "httpPort", "httpsPort", "tlsSecret", "annotations", "labels")),
                    Map.entry("Keycloak:spec.hostname", Set.of("hostname", "admin", "strict", "backchannelDynamic")),
                    Map.entry("KeycloakRealmImport:spec",
                            Set.of("keycloakCRName", "realm", "placeholders", "resources")),
                    Map.entry("ServiceMonitor:spec",
                            Set.of("selector", "endpoints", "namespaceSelector", "jobLabel", "targetLabels",
                                    "podTargetLabels", "sampleLimit", "attachMetadata")),
                    Map.entry("ServiceMonitor:spec.selector", Set.of("matchLabels", "matchExpressions")),
                    Map.entry("ServiceMonitor:spec.endpoints[]",
                            Set.of("port", "targetPort", "path", "scheme", "interval", "scrapeTimeout", "honorLabels",
                                    "relabelings", "metricRelabelings", "params", "tlsConfig", "authorization",
                                    "bearerTokenSecret", "followRedirects", "enableHttp2")),
                    Map.entry("PrometheusRule:spec", Set.of("groups")),
                    Map.entry("PrometheusRule:spec.groups[]", Set.of("name", "interval", "rules", "limit",
                            "partial_response_strategy", "query_offset", "labels")));

    /** Required fields per custom resource kind. */
    private static final Map<String, List<String>> CRD_REQUIRED = Map.ofEntries(
            Map.entry("Kafka", List.of("spec.kafka.listeners")),
            Map.entry("KafkaNodePool", List.of("spec.replicas", "spec.roles", "spec.storage.type", "metadata.labels")),
            Map.entry("KafkaTopic", List.of("spec.partitions", "spec.replicas", "spec.config")),
            Map.entry("KafkaUser", List.of("spec.authentication.type", "metadata.labels")),
            Map.entry("Cluster",
                    List.of("spec.instances", "spec.storage.size", "spec.bootstrap.initdb.database",
                            "spec.bootstrap.initdb.owner")),
            Map.entry("Keycloak",
                    List.of("spec.instances", "spec.db.host", "spec.db.usernameSecret", "spec.db.passwordSecret",
                            "spec.hostname.hostname")),
            Map.entry("KeycloakRealmImport", List.of("spec.keycloakCRName", "spec.realm.realm")),
            Map.entry("ServiceMonitor", List.of("spec.selector", "spec.endpoints")),
            Map.entry("PrometheusRule", List.of("spec.groups")));

    private static final Map<String, String> CRD_API_VERSIONS = Map.ofEntries(
            Map.entry("Kafka", "kafka.strimzi.io/v1beta2"), Map.entry("KafkaNodePool", "kafka.strimzi.io/v1beta2"),
            Map.entry("KafkaTopic", "kafka.strimzi.io/v1beta2"), Map.entry("KafkaUser", "kafka.strimzi.io/v1beta2"),
            Map.entry("Cluster", "postgresql.cnpg.io/v1"), Map.entry("Keycloak", "k8s.keycloak.org/v2alpha1"),
            Map.entry("KeycloakRealmImport", "k8s.keycloak.org/v2alpha1"),
            Map.entry("ServiceMonitor", "monitoring.coreos.com/v1"),
            Map.entry("PrometheusRule", "monitoring.coreos.com/v1"));

    private SchemaCheck() {
    }

    static void check(List<Map<String, Object>> docs, Problems problems) {
        for (Map<String, Object> doc : docs) {
            String where = Yaml.id(doc);
            if (Yaml.at(doc, "metadata.name") == null) {
                problems.add(where, "metadata.name missing");
            }
            Object parsed;
            try {
                parsed = SERIALIZATION.unmarshal(Yaml.toJson(doc));
            } catch (RuntimeException e) {
                problems.add(where, "does not parse: " + e.getMessage().lines().findFirst().orElse(e.toString()));
                continue;
            }
            if (parsed instanceof GenericKubernetesResource) {
                checkCustomResource(doc, where, problems);
            } else if (parsed instanceof HasMetadata typed) {
                walk(typed, where, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
    }

    private static void checkCustomResource(Map<String, Object> doc, String where, Problems problems) {
        String kind = Yaml.kind(doc);
        String apiVersion = CRD_API_VERSIONS.get(kind);
        if (apiVersion == null) {
            problems.add(where, "no typed model and no structural check for " + doc.get("apiVersion") + " " + kind);
            return;
        }
        if (!apiVersion.equals(doc.get("apiVersion"))) {
            problems.add(where, "apiVersion " + doc.get("apiVersion") + ", expected " + apiVersion);
        }
        for (String required : CRD_REQUIRED.get(kind)) {
            if (Yaml.at(doc, required) == null) {
                problems.add(where, "required field " + required + " missing");
            }
        }
        CRD_FIELDS.forEach((path, allowed) -> {
            if (path.startsWith(kind + ":")) {
                String p = path.substring(kind.length() + 1);
                boolean items = p.endsWith("[]");
                Object node = Yaml.at(doc, items ? p.substring(0, p.length() - 2) : p);
                for (Object n : items ? Yaml.list(node) : node == null ? List.of() : List.of(node)) {
                    for (String key : Yaml.map(n).keySet()) {
                        if (!allowed.contains(key)) {
                            problems.add(where, "unknown field '" + key + "' in " + p);
                        }
                    }
                }
            }
        });
        for (String intField : List.of("spec.instances", "spec.replicas", "spec.partitions")) {
            Object v = Yaml.at(doc, intField);
            if (v != null && !(v instanceof Integer)) {
                problems.add(where, intField + " must be an integer, was " + v);
            }
        }
    }

    private static void walk(Object o, String path, Problems problems, Set<Object> seen) {
        if (o == null || !seen.add(o)) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                walk(e, path + "[" + i++ + "]", problems, seen);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getName().equals("getClass")) {
                continue;
            }
            Object v;
            try {
                v = m.invoke(o);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (v instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path, "unknown field(s) " + extra.keySet());
                }
            } else {
                walk(v, path + "." + Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4), problems,
                        seen);
            }
        }
    }
}
