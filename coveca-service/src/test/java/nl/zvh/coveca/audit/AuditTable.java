package nl.zvh.coveca.audit;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Direct access to the audit table: as the service's runtime role (the application's data source) or as the owner of
 * the database (the role Flyway migrates as), which is what an administrator with database rights would use to tamper.
 */
final class AuditTable {
    private AuditTable() {
    }

    /** A connection as the owner of the service's database. */
    static Connection asOwner() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    /** Runs statements as the owner with the append-only and chain triggers switched off, as a DBA could. */
    static void asDatabaseAdministrator(String... statements) throws SQLException {
        try (Connection c = asOwner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table audit_log disable trigger user");
            s.execute("alter table audit_chain_head disable trigger user");
            for (String statement : statements) {
                s.execute(statement);
            }
            s.execute("alter table audit_log enable trigger user");
            s.execute("alter table audit_chain_head enable trigger user");
            c.commit();
        }
    }

    static String text(AgroalDataSource ds, String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static long number(AgroalDataSource ds, String sql, Object... params) throws SQLException {
        return Long.parseLong(text(ds, sql, params));
    }
}
