package nl.zvh.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries from Maven Central: runs as root, no Docker, no apt) with one
 * database for the service under test. Init arg {@code database} names it (default {@code app}). As in every real
 * deployment, two roles: the owner of the database (named as the database, password the same), whom Flyway migrates
 * as, and the runtime role {@code <database>_app} the service runs as, which may only insert and read the audit tables
 * ({@link #ownerUser()} for a test that must act as the owner). A test can take the server away and bring it back on
 * the same port with the same data ({@link #outage()}), as a restart or failover does to a running service.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private static volatile PostgresTestResource running;

    private EmbeddedPostgres postgres;
    private String database = "app";
    private File dataDirectory;
    private int port;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        long t0 = System.nanoTime();
        try {
            File work = new File("target/embedded-pg");
            work.mkdirs();
            dataDirectory = new File(work, "data-" + database);
            deleteRecursively(dataDirectory.toPath()); // a fresh cluster per run; kept between stop and start below
            postgres = builder(work).start();
            port = postgres.getPort();
            String base = "jdbc:postgresql://127.0.0.1:" + port + "/";
            try (Connection c = DriverManager.getConnection(base + "postgres", "postgres", "postgres");
                    Statement s = c.createStatement()) {
                s.execute("create role \"" + ownerUser() + "\" login password '" + ownerUser() + "'");
                s.execute("create role \"" + appUser() + "\" login password '" + appUser() + "'");
                s.execute("create database \"" + database + "\" owner \"" + ownerUser() + "\"");
            }
            running = this;
            System.out.printf("[PostgresTestResource] PostgreSQL %s%s ready in %.1fs%n", base, database,
                    (System.nanoTime() - t0) / 1e9);
            return Map.of("quarkus.datasource.jdbc.url", base + database, "quarkus.datasource.username", appUser(),
                    "quarkus.datasource.password", appUser(), "quarkus.flyway.username", ownerUser(),
                    "quarkus.flyway.password", ownerUser());
        } catch (Exception e) {
            throw new IllegalStateException("could not start PostgreSQL for tests", e);
        }
    }

    /** The owner of the database (Flyway's user); its password is the same. */
    public String ownerUser() {
        return database;
    }

    /** The runtime role the service runs as; its password is the same. */
    public String appUser() {
        return database + "_app";
    }

    private EmbeddedPostgres.Builder builder(File work) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work)
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1").setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off").setServerConfig("max_connections", "100");
        return port > 0 ? builder.setPort(port) : builder;
    }

    /**
     * Stops this run's PostgreSQL (fast shutdown: open connections are cut, new ones refused); closing the returned
     * outage starts it again on the same port with the same data.
     *
     * <pre>{@code try (var outage = PostgresTestResource.outage()) { ... the service meets a database that is away ... }}</pre>
     */
    public static Outage outage() {
        PostgresTestResource resource = running;
        if (resource == null) {
            throw new IllegalStateException("no PostgreSQL started by this test run");
        }
        synchronized (resource) {
            try {
                resource.postgres.close();
            } catch (IOException e) {
                throw new IllegalStateException("could not stop PostgreSQL", e);
            }
        }
        return resource::restart;
    }

    /** A PostgreSQL outage in progress; {@link #close()} ends it. */
    @FunctionalInterface
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    private synchronized void restart() {
        long t0 = System.nanoTime();
        try {
            postgres = builder(new File("target/embedded-pg")).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start PostgreSQL again", e);
        }
        System.out.printf("[PostgresTestResource] PostgreSQL back on port %d in %.1fs%n", port,
                (System.nanoTime() - t0) / 1e9);
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
            running = null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
