package nl.zvh.coveca.audit;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the audit table, as an administrator with database rights would have (to tamper with it). */
final class AuditTable {
    private AuditTable() {
    }

    /** Runs statements with the append-only and chain triggers switched off, as an attacker with DBA rights could. */
    static void asDatabaseAdministrator(AgroalDataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("alter table audit_log disable trigger user");
            for (String statement : statements) {
                s.execute(statement);
            }
            s.execute("alter table audit_log enable trigger user");
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
