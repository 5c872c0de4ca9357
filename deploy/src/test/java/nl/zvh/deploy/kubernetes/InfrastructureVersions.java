package nl.zvh.deploy.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares every place that names an infrastructure version with {@code deploy/versions.properties}: the root pom
 * and the local stack's poms (Maven properties), {@code deploy/local/stack.sh} (whose version lines are run in bash
 * to see what it really reads), the Kubernetes manifests as committed and as both overlays render them (Strimzi's
 * Kafka version, CloudNativePG's PostgreSQL image, Keycloak's image, any operator image reference) and the
 * Kubernetes README. One documented exception: the Strimzi-managed Kafka may run an older patch release of the same
 * minor version, with a reason in the file, while the pinned Strimzi is older than 1.0.0.
 */
final class InfrastructureVersions {

    static final String FILE = "deploy/versions.properties";
    static final List<String> KEYS = List.of("kafka.version", "keycloak.version", "postgresql.major", "strimzi.version",
            "strimzi.kafka.version", "kafka.metadata.version", "cloudnative-pg.version", "image.strimzi-operator",
            "image.cloudnative-pg-operator", "image.postgresql", "image.keycloak", "image.keycloak-operator");
    private static final Pattern IMAGE_REF = Pattern.compile(
            "(?:quay\\.io/strimzi|ghcr\\.io/cloudnative-pg|quay\\.io/keycloak|ghcr\\.io/open-telemetry)/[A-Za-z0-9._/-]+"
                    + "(?::[A-Za-z0-9._-]+)?(?:@sha256:[0-9a-f]{64})?");

    private InfrastructureVersions() {
    }

    static Properties read(Path root) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(root.resolve(FILE), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static Problems check(Path root) {
        Problems problems = new Problems();
        Properties v = read(root);
        for (String key : KEYS) {
            if (v.getProperty(key, "").isBlank()) {
                problems.add(FILE, key + " missing");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        file(v, problems);
        maven(root, v, problems);
        stackScript(root, v, problems);
        kubernetes(root, v, problems);
        return problems;
    }

    /** The file's own rules: tags that match the versions, and the one documented Kafka exception. */
    private static void file(Properties v, Problems problems) {
        expectTag(v, "image.keycloak", v.getProperty("keycloak.version"), problems);
        expectTag(v, "image.keycloak-operator", v.getProperty("keycloak.version"), problems);
        expectTag(v, "image.strimzi-operator", v.getProperty("strimzi.version"), problems);
        expectTag(v, "image.cloudnative-pg-operator", v.getProperty("cloudnative-pg.version"), problems);
        String pg = tag(v.getProperty("image.postgresql"));
        if (pg == null || !pg.startsWith(v.getProperty("postgresql.major") + ".")) {
            problems.add(FILE,
                    "image.postgresql tag " + pg + " is not PostgreSQL " + v.getProperty("postgresql.major"));
        }
        String kafka = v.getProperty("kafka.version");
        String strimziKafka = v.getProperty("strimzi.kafka.version");
        if (!minor(kafka).equals(v.getProperty("kafka.metadata.version"))) {
            problems.add(FILE, "kafka.metadata.version " + v.getProperty("kafka.metadata.version") + " is not the "
                    + "minor version of kafka.version " + kafka);
        }
        if (!strimziKafka.equals(kafka)) {
            String why = "strimzi.kafka.version " + strimziKafka + " differs from kafka.version " + kafka;
            if (v.getProperty("strimzi.kafka.version.reason", "").isBlank()) {
                problems.add(FILE, why + " without strimzi.kafka.version.reason");
            }
            if (!minor(strimziKafka).equals(minor(kafka))) {
                problems.add(FILE, why + " in its minor version: only an older patch release is tolerated");
            }
            if (Integer.parseInt(v.getProperty("strimzi.version").split("\\.")[0]) >= 1) {
                problems.add(FILE, why + ": Strimzi " + v.getProperty("strimzi.version")
                        + " runs Kafka 4.1.2, the exception no longer applies");
            }
        }
    }

    private static void maven(Path root, Properties v, Problems problems) {
        String kafka = v.getProperty("kafka.version");
        String keycloak = v.getProperty("keycloak.version");
        expectProperty(root, "pom.xml", "kafka.version", kafka, problems);
        expectProperty(root, "pom.xml", "keycloak.version", keycloak, problems);
        expectProperty(root, "deploy/local/pom.xml", "keycloak.version", keycloak, problems);
        expectProperty(root, "deploy/local/kafka/pom.xml", "kafka.version", kafka, problems);
        for (String pom : List.of("pom.xml", "deploy/local/pg/pom.xml")) {
            String zonky = property(root.resolve(pom), "zonky.binaries.version");
            if (zonky == null || !zonky.startsWith(v.getProperty("postgresql.major") + ".")) {
                problems.add(pom,
                        "zonky.binaries.version " + zonky + " is not PostgreSQL " + v.getProperty("postgresql.major"));
            }
        }
    }

    /** Runs the version lines of stack.sh in bash and compares what it read. */
    private static void stackScript(Path root, Properties v, Problems problems) {
        String where = "deploy/local/stack.sh";
        List<String> lines = lines(root.resolve(where));
        List<String> versionLines = lines.stream()
                .filter(l -> l.matches("^(VERSIONS_FILE=|version_of\\(\\)|KAFKA_VERSION=|KC_VERSION=).*")).toList();
        if (versionLines.stream().noneMatch(l -> l.contains("deploy/versions.properties"))) {
            problems.add(where, "does not read " + FILE);
        }
        String script = "REPO='" + root + "'\n" + String.join("\n", versionLines)
                + "\nprintf '%s %s' \"$KAFKA_VERSION\" \"$KC_VERSION\"\n";
        String out = bash(script);
        String expected = v.getProperty("kafka.version") + " " + v.getProperty("keycloak.version");
        if (!expected.equals(out)) {
            problems.add(where, "reads Kafka and Keycloak as '" + out + "', " + FILE + " says '" + expected + "'");
        }
        boolean passes = lines.stream().anyMatch(l -> l.contains("-Dkafka.version=\"$KAFKA_VERSION\"")
                && l.contains("-Dkeycloak.version=\"$KC_VERSION\""));
        if (!passes) {
            problems.add(where, "does not pass its versions to the Maven call that fetches Kafka and Keycloak");
        }
    }

    private static void kubernetes(Path root, Properties v, Problems problems) {
        Path k8s = root.resolve("deploy/kubernetes");
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(k8s)) {
            files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".md")).sorted()
                    .forEach(texts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> pinned = v.stringPropertyNames().stream().filter(k -> k.startsWith("image.")).map(v::getProperty)
                .toList();
        for (Path f : texts) {
            String rel = root.relativize(f).toString();
            Matcher m = IMAGE_REF.matcher(String.join("\n", lines(f)));
            while (m.find()) {
                if (!pinned.contains(m.group())) {
                    problems.add(rel, "image " + m.group() + " is none of the pinned images in " + FILE);
                }
            }
        }
        String readme = String.join("\n", lines(k8s.resolve("README.md")));
        for (String key : List.of("strimzi.version", "strimzi.kafka.version", "cloudnative-pg.version",
                "keycloak.version", "kafka.version")) {
            if (!readme.contains(v.getProperty(key))) {
                problems.add("deploy/kubernetes/README.md", "does not mention " + key + " " + v.getProperty(key));
            }
        }
        for (String overlay : List.of("dev", "prod")) {
            Rendered r = Rendered.of(k8s.resolve("overlays").resolve(overlay));
            for (Map<String, Object> kafka : r.all("Kafka")) {
                expectField(overlay, kafka, "spec.kafka.version", v.getProperty("strimzi.kafka.version"), problems);
                expectField(overlay, kafka, "spec.kafka.metadataVersion", v.getProperty("kafka.metadata.version"),
                        problems);
            }
            for (Map<String, Object> cluster : r.all("Cluster")) {
                expectField(overlay, cluster, "spec.imageName", v.getProperty("image.postgresql"), problems);
            }
            for (Map<String, Object> keycloak : r.all("Keycloak")) {
                expectField(overlay, keycloak, "spec.image", v.getProperty("image.keycloak"), problems);
            }
        }
    }

    private static void expectField(String overlay, Map<String, Object> doc, String path, String expected,
            Problems problems) {
        String actual = Yaml.str(doc, path);
        if (!expected.equals(actual)) {
            problems.add(overlay + " " + Yaml.id(doc), path + " " + actual + ", " + FILE + " says " + expected);
        }
    }

    private static void expectTag(Properties v, String key, String version, Problems problems) {
        String tag = tag(v.getProperty(key));
        if (!version.equals(tag)) {
            problems.add(FILE, key + " tag " + tag + " is not version " + version);
        }
    }

    private static void expectProperty(Path root, String pom, String name, String expected, Problems problems) {
        String actual = property(root.resolve(pom), name);
        if (!expected.equals(actual)) {
            problems.add(pom, name + " " + actual + ", " + FILE + " says " + expected);
        }
    }

    /** The tag of an image reference without digest (null when it has none). */
    static String tag(String image) {
        String ref = image.split("@")[0];
        int colon = ref.lastIndexOf(':');
        return colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : null;
    }

    private static String minor(String version) {
        String[] parts = version.split("\\.");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }

    private static String property(Path pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">\\s*([^<]*?)\\s*</" + Pattern.quote(name) + ">")
                .matcher(String.join("\n", lines(pom)));
        return m.find() ? m.group(1) : null;
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bash(String script) {
        try {
            Process p = new ProcessBuilder("bash", "-c", "set -eu\n" + script).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "(bash timed out)";
            }
            return p.exitValue() == 0 ? out : "(bash failed " + p.exitValue() + ": " + out.strip() + ")";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
