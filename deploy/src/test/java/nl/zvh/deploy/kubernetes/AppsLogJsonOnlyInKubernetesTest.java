package nl.zvh.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logs are one JSON object per line in Kubernetes (what a cluster log collector parses without guessing) and plain
 * text locally and in tests (what a developer reads): every app declares quarkus-logging-json, switches it off in its
 * application.properties, and both overlays switch it on through the app's ConfigMap. Without the extension the
 * environment variable would be accepted and ignored, and the pods would log plain text unnoticed.
 */
class AppsLogJsonOnlyInKubernetesTest {

    private static final List<String> APPS = List.of("intake-service", "triage-service", "coveca-service",
            "reintegration-service", "trafficking-service", "lifecourse-service", "gateway");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyAppLogsJsonInTheCluster(String overlay) {
        Rendered rendered = Rendered.of(Repo.kubernetes().resolve("overlays").resolve(overlay));

        assertEquals(APPS.size(), rendered.apps().size());
        for (String app : APPS) {
            assertEquals("true", rendered.config(app, "QUARKUS_LOG_CONSOLE_JSON_ENABLED"), overlay + " " + app);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service", "triage-service", "coveca-service", "reintegration-service",
            "trafficking-service", "lifecourse-service", "gateway"})
    void everyAppHasTheJsonFormatterButLogsPlainTextOutsideTheCluster(String app) throws IOException {
        Path module = Repo.root().resolve(app);
        String pom = Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.matches("(?s).*<artifactId>\\s*quarkus-logging-json\\s*</artifactId>.*"),
                app + "/pom.xml lacks io.quarkus:quarkus-logging-json");

        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            props.load(in);
        }
        assertEquals("false", props.getProperty("quarkus.log.console.json.enabled"), app);
    }
}
