package nl.zvh.deploy.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real local stack (deploy/local/stack.sh) once per test run, on ports shifted by {@link #PORT_OFFSET} so
 * it never collides with a developer's own stack, and stops it when the run ends. Set {@code -Dzvh.stack.reuse=true}
 * to run the tests against a stack that is already up with that offset.
 *
 * <p>The offset keeps every port below 32768, outside Linux's ephemeral range (32768-60999): a listening port in that
 * range can be taken by any outgoing connection of the build before the stack binds it.
 */
public class LocalStack implements BeforeAllCallback {
    public static final int PORT_OFFSET = Integer.getInteger("zvh.stack.offset", 10000);
    public static final String GATEWAY = "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    public static final String KEYCLOAK = "http://127.0.0.1:" + (8180 + PORT_OFFSET);
    public static final String KAFKA = "127.0.0.1:" + (19092 + PORT_OFFSET);
    /** An app's management interface (health, metrics, OpenAPI under /q; loopback only) is on its port + this. */
    public static final int MANAGEMENT_SHIFT = 1000;

    /**
     * The base URL of the management interface of the app with stack.sh's port {@code basePort} (gateway 8080, the
     * services 8081-8086), before the offset.
     */
    public static String management(int basePort) {
        return "http://127.0.0.1:" + (basePort + MANAGEMENT_SHIFT + PORT_OFFSET);
    }

    private static final Object LOCK = new Object();

    /**
     * A Kafka client's settings for this run's broker as the stack's admin (TLS and SASL from the stack's secrets,
     * {@code kafka/secrets/admin.properties}: the broker refuses clients without credentials), plus {@code settings}.
     */
    public static Map<String, Object> kafka(Map<String, ?> settings) {
        return kafkaAs(null, settings);
    }

    /** As {@link #kafka}, but as one service's principal ({@code intake-service}, ...), with that service's ACLs. */
    public static Map<String, Object> kafkaAs(String principal, Map<String, ?> settings) {
        Path secrets = stackDir().resolve("kafka/secrets");
        Properties admin = new Properties();
        try (var in = Files.newInputStream(secrets.resolve("admin.properties"))) {
            admin.load(in);
            if (principal != null) {
                String password = Files.readString(secrets.resolve(principal + ".password")).trim();
                admin.setProperty("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"" + principal + "\" password=\"" + password + "\";");
            }
        } catch (IOException e) {
            throw new IllegalStateException("no Kafka credentials of the stack in " + secrets, e);
        }
        Map<String, Object> all = new HashMap<>();
        admin.forEach((k, v) -> all.put(k.toString(), v));
        all.put("bootstrap.servers", KAFKA);
        all.putAll(settings);
        return all;
    }

    /** The environment a service instance connects to the broker with, as {@code principal} (as stack.sh gives it). */
    public static Map<String, String> kafkaEnv(String principal) {
        Map<String, String> env = new HashMap<>();
        kafkaAs(principal, Map.of()).forEach(
                (k, v) -> env.put("KAFKA_" + k.toUpperCase(java.util.Locale.ROOT).replace('.', '_'), v.toString()));
        return env;
    }

    static Path stackDir() {
        return Path.of(System.getProperty("zvh.stack.dir", "target/stack")).toAbsolutePath();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (LOCK) {
            ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
            store.getOrComputeIfAbsent(LocalStack.class, k -> start(), Running.class);
        }
    }

    private static Running start() {
        if (Boolean.getBoolean("zvh.stack.reuse")) {
            return new Running(false);
        }
        try {
            run("up", 900);
        } catch (IllegalStateException first) {
            // one more try from a clean slate: a component that lost a race for its port or a download cut off
            // must not fail the whole system test run; a second failure is reported with its log
            System.err.println("[LocalStack] " + first.getMessage() + "\n[LocalStack] stopping and starting once more");
            run("down", 180);
            run("up", 900);
        }
        return new Running(true);
    }

    /** Runs a stack.sh command (e.g. {@code stop-kafka}) against this run's stack. */
    static void run(String command, int timeoutSeconds) {
        Path repo = Path.of(System.getProperty("zvh.repo", "..")).toAbsolutePath().normalize();
        Path stackDir = stackDir();
        try {
            Files.createDirectories(stackDir);
            File log = stackDir.resolve("stack-" + command + ".out").toFile();
            ProcessBuilder pb = new ProcessBuilder(
                    List.of("bash", repo.resolve("deploy/local/stack.sh").toString(), command)).directory(repo.toFile())
                    .redirectErrorStream(true).redirectOutput(log);
            Map<String, String> env = pb.environment();
            env.put("PORT_OFFSET", Integer.toString(PORT_OFFSET));
            env.put("STACK_DIR", stackDir.toString());
            env.put("SKIP_BUILD", "1");
            // a test stack: the retention trigger may be given a moved clock (never set in production)
            env.putIfAbsent("APP_JAVA_OPTS", "-Dzvh.retention.job.test-clock-enabled=true");
            long t0 = System.nanoTime();
            Process process = pb.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("stack.sh " + command + " timed out; see " + log);
            }
            String output = Files.readString(log.toPath());
            System.out.println(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("stack.sh " + command + " failed (exit " + process.exitValue()
                        + "); see " + log + "; its last lines:\n" + tail(output, 40));
            }
            System.out.printf("[LocalStack] stack.sh %s took %.1fs%n", command, (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String output, int lines) {
        String[] all = output.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    /** Stops the stack when the JUnit run ends (root store closes its resources). */
    static final class Running implements AutoCloseable {
        private final boolean startedHere;

        Running(boolean startedHere) {
            this.startedHere = startedHere;
        }

        @Override
        public void close() {
            if (startedHere) {
                run("down", 180);
            }
        }
    }
}
