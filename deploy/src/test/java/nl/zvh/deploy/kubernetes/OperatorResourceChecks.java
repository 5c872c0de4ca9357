package nl.zvh.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the operator resources fit together and with the services: topics as in deploy/kafka/topics.conf with bounded
 * retention, node pools and topics belonging to a Kafka, each service wired to its own database cluster with its own
 * credentials, Keycloak to its database, a realm import without users or literal secrets, and edge routes that point
 * at existing listeners and Services.
 */
final class OperatorResourceChecks {

    static final long MAX_RETENTION_MS = 30L * 24 * 60 * 60 * 1000;
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z0-9_]+)(\\?.*)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private OperatorResourceChecks() {
    }

    static void check(Rendered r, Path topicsConf, Problems problems) {
        kafka(r, topicsConf, problems);
        databases(r, problems);
        keycloak(r, problems);
        edge(r, problems);
    }

    /** topic name -> [partitions, retention.ms] as declared in topics.conf. */
    static Map<String, long[]> readTopicsConf(Path topicsConf) {
        Map<String, long[]> topics = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(topicsConf)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.trim().split("\\s+");
                    topics.put(f[0], new long[]{Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return topics;
    }

    private static void kafka(Rendered r, Path topicsConf, Problems problems) {
        for (Map<String, Object> doc : r.docs()) {
            if ("KafkaTopic".equals(doc.get("kind")) || "KafkaNodePool".equals(doc.get("kind"))) {
                String label = Yaml.labels(Yaml.at(doc, "metadata.labels")).get("strimzi.io/cluster");
                if (label == null || r.find("Kafka", label).isEmpty()) {
                    problems.add(Yaml.id(doc), "label strimzi.io/cluster=" + label + " names no Kafka");
                }
            }
        }
        int brokers = r.all("KafkaNodePool").stream()
                .filter(p -> Yaml.list(Yaml.at(p, "spec.roles")).contains("broker"))
                .mapToInt(p -> ((Number) Yaml.at(p, "spec.replicas")).intValue()).sum();
        Map<String, long[]> expected = readTopicsConf(topicsConf);
        Map<String, Map<String, Object>> actual = new LinkedHashMap<>();
        r.all("KafkaTopic").forEach(t -> actual.put(Yaml.str(t, "spec.topicName"), t));
        for (var e : expected.entrySet()) {
            Map<String, Object> t = actual.get(e.getKey());
            if (t == null) {
                problems.add("KafkaTopic " + e.getKey(), "in topics.conf but not declared");
                continue;
            }
            String where = Yaml.id(t);
            if (((Number) Yaml.at(t, "spec.partitions")).longValue() != e.getValue()[0]) {
                problems.add(where,
                        "partitions " + Yaml.at(t, "spec.partitions") + ", topics.conf says " + e.getValue()[0]);
            }
            Object retention = Yaml.map(Yaml.at(t, "spec.config")).get("retention.ms");
            long ms = retention instanceof Number n ? n.longValue() : -1;
            if (ms <= 0 || ms > MAX_RETENTION_MS) {
                problems.add(where, "retention.ms " + retention + " is not bounded (personal data, at most 30 days)");
            } else if (ms != e.getValue()[1]) {
                problems.add(where, "retention.ms " + ms + ", topics.conf says " + e.getValue()[1]);
            }
            if (((Number) Yaml.at(t, "spec.replicas")).intValue() > brokers) {
                problems.add(where, "replicas " + Yaml.at(t, "spec.replicas") + " exceed the " + brokers + " brokers");
            }
        }
        actual.keySet().stream().filter(n -> !expected.containsKey(n))
                .forEach(n -> problems.add("KafkaTopic " + n, "not in deploy/kafka/topics.conf"));
        for (Map<String, Object> app : r.apps()) {
            String bootstrap = r.config(Yaml.name(app), "KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap != null && r.all("Kafka").stream()
                    .noneMatch(k -> bootstrap.equals(Yaml.name(k) + "-kafka-bootstrap:9092"))) {
                problems.add(Yaml.id(app), "KAFKA_BOOTSTRAP_SERVERS " + bootstrap + " is no Kafka's bootstrap");
            }
        }
    }

    private static void databases(Rendered r, Problems problems) {
        for (Map<String, Object> app : r.apps()) {
            String name = Yaml.name(app);
            String url = r.config(name, "QUARKUS_DATASOURCE_JDBC_URL");
            if (url == null) {
                continue;
            }
            Matcher m = JDBC.matcher(url);
            if (!m.matches()) {
                problems.add(Yaml.id(app), "JDBC URL " + url + " does not name a CloudNativePG read-write service");
                continue;
            }
            var cluster = r.find("Cluster", m.group(1));
            if (cluster.isEmpty()) {
                problems.add(Yaml.id(app), "database cluster " + m.group(1) + " does not exist");
                continue;
            }
            String where = Yaml.id(cluster.get());
            if (!m.group(2).equals(Yaml.str(cluster.get(), "spec.bootstrap.initdb.database"))) {
                problems.add(where, "does not create database " + m.group(2) + " that " + name + " uses");
            }
            String creds = name + "-config-creds";
            if (!creds.equals(Yaml.str(cluster.get(), "spec.bootstrap.initdb.secret.name"))) {
                problems.add(where, "owner credentials must come from " + creds + " (the Secret " + name + " reads)");
            }
            boolean managed = Yaml.list(Yaml.at(cluster.get(), "spec.managed.roles")).stream()
                    .anyMatch(role -> creds.equals(Yaml.str(role, "passwordSecret.name"))
                            && Yaml.str(role, "name").equals(Yaml.str(cluster.get(), "spec.bootstrap.initdb.owner")));
            if (!managed) {
                problems.add(where, "the owner role must be managed from " + creds + " (password rotation)");
            }
        }
    }

    private static void keycloak(Rendered r, Problems problems) {
        for (Map<String, Object> kc : r.all("Keycloak")) {
            String host = Yaml.str(kc, "spec.db.host");
            if (host == null || !host.endsWith("-rw") || r.find("Cluster", host.replace("-rw", "")).isEmpty()) {
                problems.add(Yaml.id(kc), "db.host " + host + " is no CloudNativePG cluster's read-write service");
            }
        }
        for (Map<String, Object> imp : r.all("KeycloakRealmImport")) {
            String where = Yaml.id(imp);
            if (r.find("Keycloak", Yaml.str(imp, "spec.keycloakCRName")).isEmpty()) {
                problems.add(where, "keycloakCRName names no Keycloak");
            }
            boolean passwords = Yaml.list(Yaml.at(imp, "spec.realm.users")).stream()
                    .anyMatch(u -> Yaml.at(u, "credentials") != null);
            if (passwords) {
                problems.add(where, "realm import contains user credentials");
            }
            Map<String, Object> placeholders = Yaml.map(Yaml.at(imp, "spec.placeholders"));
            for (Object client : Yaml.list(Yaml.at(imp, "spec.realm.clients"))) {
                String secret = Yaml.str(client, "secret");
                if (secret == null) {
                    continue;
                }
                Matcher m = PLACEHOLDER.matcher(secret);
                if (!m.matches() || Yaml.at(placeholders.get(m.group(1)), "secret.name") == null) {
                    problems.add(where, "client " + Yaml.str(client, "clientId")
                            + " secret is not a placeholder resolved from a Kubernetes Secret");
                }
            }
        }
    }

    private static void edge(Rendered r, Problems problems) {
        for (Map<String, Object> g : r.all("Gateway")) {
            boolean tls = Yaml.list(Yaml.at(g, "spec.listeners")).stream()
                    .anyMatch(l -> "HTTPS".equals(Yaml.str(l, "protocol"))
                            && !Yaml.list(Yaml.at(l, "tls.certificateRefs")).isEmpty());
            if (!tls) {
                problems.add(Yaml.id(g), "no HTTPS listener with a TLS certificate");
            }
        }
        for (Map<String, Object> route : r.all("HTTPRoute")) {
            String where = Yaml.id(route);
            for (Object parent : Yaml.list(Yaml.at(route, "spec.parentRefs"))) {
                var gateway = r.find("Gateway", Yaml.str(parent, "name"));
                String section = Yaml.str(parent, "sectionName");
                if (gateway.isEmpty() || section != null && Yaml.list(Yaml.at(gateway.get(), "spec.listeners")).stream()
                        .noneMatch(l -> section.equals(Yaml.str(l, "name")))) {
                    problems.add(where, "parentRef " + Yaml.str(parent, "name") + "/" + section + " does not exist");
                }
            }
            for (Object rule : Yaml.list(Yaml.at(route, "spec.rules"))) {
                for (Object backend : Yaml.list(Yaml.at(rule, "backendRefs"))) {
                    String service = Yaml.str(backend, "name");
                    boolean exists = r.find("Service", service).isPresent()
                            || r.all("Keycloak").stream().anyMatch(k -> service.equals(Yaml.name(k) + "-service"));
                    if (!exists) {
                        problems.add(where, "backendRef " + service + " is no Service");
                    }
                }
            }
        }
    }
}
