package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Infrastructure versions have one source, deploy/versions.properties: the root pom, the local stack's poms and
 * stack.sh, the Kubernetes manifests (both overlays as rendered, every image reference) and the Kubernetes README
 * agree with it. Drift is what this prevents: Strimzi running another Kafka than the build and the local stack without
 * anyone deciding it, a CloudNativePG cluster following the operator's default PostgreSQL major version (18) while the
 * platform is tested on 17, Keycloak taking whatever image the installed operator defaults to. The one tolerated
 * difference (Strimzi's Kafka an older patch release of the same minor version, with a written reason, while Strimzi
 * is below 1.0) is encoded in the file and checked, and each kind of drift is shown to fail on a copy of the files.
 */
class InfrastructureVersionsAgreeEverywhereTest {

    private static final List<String> FILES = List.of("pom.xml", "deploy/versions.properties", "deploy/local/pom.xml",
            "deploy/local/kafka/pom.xml", "deploy/local/pg/pom.xml", "deploy/local/stack.sh");

    @Test
    void everyPlaceAgreesWithTheVersionsFile() {
        Problems problems = InfrastructureVersions.check(Repo.root());

        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void theKubernetesKafkaDiffersOnlyByTheDocumentedPatchRelease() {
        Properties v = InfrastructureVersions.read(Repo.root());

        assertEquals("4.1", v.getProperty("kafka.metadata.version"));
        if (!v.getProperty("kafka.version").equals(v.getProperty("strimzi.kafka.version"))) {
            assertFalse(v.getProperty("strimzi.kafka.version.reason", "").isBlank());
            assertTrue(v.getProperty("strimzi.version").startsWith("0."), "Strimzi 1.0 runs Kafka 4.1.2");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "root pom Kafka        | pom.xml | <kafka.version>4.1.2</kafka.version> | <kafka.version>4.1.3</kafka.version> | pom.xml: kafka.version 4.1.3, deploy/versions.properties says 4.1.2",
            "local Keycloak pom    | deploy/local/pom.xml | <keycloak.version>26.7.3</keycloak.version> | <keycloak.version>26.6.0</keycloak.version> | deploy/local/pom.xml: keycloak.version 26.6.0",
            "local Kafka pom       | deploy/local/kafka/pom.xml | <kafka.version>4.1.2</kafka.version> | <kafka.version>4.0.0</kafka.version> | deploy/local/kafka/pom.xml: kafka.version 4.0.0",
            "stack.sh hard-coded   | deploy/local/stack.sh | KAFKA_VERSION=$(version_of kafka.version) | KAFKA_VERSION=4.1.0 | deploy/local/stack.sh: reads Kafka and Keycloak as '4.1.0 26.7.3'",
            "PostgreSQL 18 locally | deploy/local/pg/pom.xml | <zonky.binaries.version>17 | <zonky.binaries.version>18 | deploy/local/pg/pom.xml: zonky.binaries.version 18",
            "Strimzi Kafka drifts  | deploy/kubernetes/infra/kafka/kafka.yaml | version: 4.1.1 | version: 4.1.0 | Kafka/zvh-kafka: spec.kafka.version 4.1.0, deploy/versions.properties says 4.1.1",
            "Cluster unpinned      | deploy/kubernetes/infra/postgres/triage-db.yaml | imageName: | description: | prod Cluster/triage-db: spec.imageName null",
            "operator image drifts | deploy/kubernetes/README.md | quay.io/strimzi/operator:0.49.1 | quay.io/strimzi/operator:latest | image quay.io/strimzi/operator:latest is none of the pinned images",
            "exception undocumented| deploy/versions.properties | strimzi.kafka.version.reason= | unused= | strimzi.kafka.version 4.1.1 differs from kafka.version 4.1.2 without strimzi.kafka.version.reason",
            "Keycloak image drifts | deploy/kubernetes/infra/keycloak/keycloak.yaml | image: quay.io/keycloak/keycloak:26.7.3 | image: quay.io/keycloak/keycloak:26.0.0 | image quay.io/keycloak/keycloak:26.0.0 is none of the pinned images",})
    void driftIsReported(String name, String file, String from, String to, String expected, @TempDir Path copy)
            throws IOException {
        copyTheVersionedFiles(copy);
        Path f = copy.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " no longer contains '" + from + "': update this test");
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);

        Problems problems = InfrastructureVersions.check(copy);

        assertTrue(problems.lines().stream().anyMatch(l -> l.contains(expected)),
                name + ": expected a problem containing '" + expected + "' but got:\n" + problems);
    }

    @Test
    void anUntouchedCopyPasses(@TempDir Path copy) throws IOException {
        copyTheVersionedFiles(copy);

        assertTrue(InfrastructureVersions.check(copy).isEmpty(), InfrastructureVersions.check(copy).toString());
    }

    private static void copyTheVersionedFiles(Path copy) throws IOException {
        Path root = Repo.root();
        for (String f : FILES) {
            Files.createDirectories(copy.resolve(f).getParent());
            Files.copy(root.resolve(f), copy.resolve(f));
        }
        Path k8s = root.resolve("deploy/kubernetes");
        try (Stream<Path> tree = Files.walk(k8s)) {
            for (Path p : tree.toList()) {
                Path target = copy.resolve("deploy/kubernetes").resolve(k8s.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
