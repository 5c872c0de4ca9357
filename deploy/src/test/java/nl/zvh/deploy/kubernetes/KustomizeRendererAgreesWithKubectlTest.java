package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline renderer must produce what {@code kubectl kustomize} produces, for both overlays and every broken
 * fixture. Runs wherever kubectl is installed (developer machines, this build machine); a clean CI machine without
 * kubectl relies on the renderer, which refuses every Kustomize feature it does not implement.
 */
class KustomizeRendererAgreesWithKubectlTest {

    static Stream<Path> kustomizations() throws IOException {
        Stream<Path> overlays = Stream.of("dev", "prod").map(o -> Repo.kubernetes().resolve("overlays").resolve(o));
        try (Stream<Path> fixtures = Files.list(Repo.brokenFixtures())) {
            List<Path> rendered = fixtures.filter(p -> !p.endsWith("unsupported-kustomize-feature")).sorted().toList();
            return Stream.concat(overlays, rendered.stream());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void rendererAgreesWithKubectlKustomize(Path dir) throws Exception {
        assumeTrue(kubectlAvailable(), "kubectl is not installed here");

        Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);

        assertEquals(byId(Yaml.parseAll(out)), byId(Kustomize.build(dir)));
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> docs) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        docs.forEach(d -> out.put(Yaml.id(d), d));
        return out;
    }

    private static boolean kubectlAvailable() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
