package nl.zvh.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

/**
 * A real PostgreSQL 17 (zonky's embedded binaries from Maven Central: runs as root, no Docker, no apt) with one
 * database for the service under test. Init arg {@code database} names it (default {@code app}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres postgres;
    private String database = "app";

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
            postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(work)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    .start();
            String base = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
            try (Connection c = DriverManager.getConnection(base + "postgres", "postgres", "postgres")) {
                c.createStatement().execute("create database \"" + database + "\"");
            }
            System.out.printf("[PostgresTestResource] PostgreSQL %s%s ready in %.1fs%n", base, database,
                    (System.nanoTime() - t0) / 1e9);
            return Map.of("quarkus.datasource.jdbc.url", base + database,
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (Exception e) {
            throw new IllegalStateException("could not start PostgreSQL for tests", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
