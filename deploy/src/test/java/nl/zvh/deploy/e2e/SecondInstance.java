package nl.zvh.deploy.e2e;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A second instance of a service from its built jar, against the local stack's database, Kafka and Keycloak — as a
 * second replica would run in Kubernetes. Its HTTP port is {@code basePort} + the stack's offset, its management
 * interface the stack's rule, that port + {@link LocalStack#MANAGEMENT_SHIFT} (base ports 8087-8089 keep both clear of
 * the stack's own ports and, at the tests' offset, of a developer's stack at offset 0).
 */
final class SecondInstance implements AutoCloseable {
    private final Process process;
    final String baseUrl;
    final String managementUrl;

    private SecondInstance(Process process, String baseUrl, String managementUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.managementUrl = managementUrl;
    }

    static SecondInstance start(String module, String database, int basePort) throws Exception {
        return start(module, database, basePort, Map.of());
    }

    /** Configuration given as system properties ({@code -Dkey=value}) win over the service's own defaults. */
    static SecondInstance startWith(String module, String database, int basePort, Map<String, String> properties)
            throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>();
        properties.forEach((k, v) -> args.add("-D" + k + "=" + v));
        return start(module, database, basePort, Map.of("JAVA_TOOL_OPTIONS", String.join(" ", args)));
    }

    /** Starts with extra environment, e.g. {@code ZVH_OUTBOX_RELAY_ENABLED=false}. */
    static SecondInstance start(String module, String database, int basePort, Map<String, String> extraEnv)
            throws Exception {
        Path repo = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
        Path jar = repo.resolve(module + "/target/quarkus-app/quarkus-run.jar");
        int port = basePort + LocalStack.PORT_OFFSET;
        File log = Path.of(System.getProperty("zvh.stack.dir", "target/stack"), "logs", module + "-2.log").toFile();
        log.getParentFile().mkdirs();
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-Duser.timezone=Europe/Amsterdam", "-jar",
                jar.toString()).redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = pb.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(port + LocalStack.MANAGEMENT_SHIFT));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:" + (15432 + LocalStack.PORT_OFFSET) + "/" + database);
        // as the stack starts the first instance: the service's runtime role, Flyway as the database's owner, and the
        // stack's anchor key for this service's audit chain
        env.put("QUARKUS_DATASOURCE_USERNAME", database + "_app");
        env.put("QUARKUS_DATASOURCE_PASSWORD", database + "_app-local");
        env.put("QUARKUS_FLYWAY_USERNAME", database);
        env.put("QUARKUS_FLYWAY_PASSWORD", database + "-owner-local");
        Path anchorKey = LocalStack.stackDir().resolve("audit/anchor-" + module + ".key");
        if (java.nio.file.Files.exists(anchorKey)) {
            env.put("ZVH_AUDIT_ANCHOR_KEY", java.nio.file.Files.readString(anchorKey).strip());
        }
        // the houses' shared key for the national familiarity check: the triage service does not start without it
        Path nationalKey = LocalStack.stackDir().resolve("national/national.key");
        if (module.equals("triage-service") && java.nio.file.Files.exists(nationalKey)) {
            env.put("ZVH_NATIONAL_KEY", java.nio.file.Files.readString(nationalKey).strip());
        }
        env.putAll(LocalStack.kafkaEnv(module));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", LocalStack.KEYCLOAK + "/realms/zvh");
        env.putAll(extraEnv);
        SecondInstance instance = new SecondInstance(pb.start(), "http://127.0.0.1:" + port,
                LocalStack.management(basePort));
        instance.awaitReady(log);
        return instance;
    }

    private void awaitReady(File log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("second instance died; see " + log);
            }
            try {
                HttpResponse<String> ready = http
                        .send(HttpRequest.newBuilder(URI.create(managementUrl + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("second instance not ready in 90 s; see " + log);
    }

    /** Like {@code kill -9}: no shutdown hooks, no graceful close of consumers or producers. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
