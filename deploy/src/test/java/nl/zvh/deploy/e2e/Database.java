package nl.zvh.deploy.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of a service database of the local stack, to check what the APIs do not show. */
final class Database {
    private Database() {
    }

    static long count(String database, String sql, Object... parameters) {
        String url = "jdbc:postgresql://127.0.0.1:" + (15432 + LocalStack.PORT_OFFSET) + "/" + database;
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
