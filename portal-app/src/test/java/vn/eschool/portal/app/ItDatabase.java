package vn.eschool.portal.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database of the portal under test, opened behind its back (failsafe passes {@code it.db.url}; on H2 the
 * URL has AUTO_SERVER=TRUE, so this connects through the server that holds the file).
 */
final class ItDatabase {

    private ItDatabase() {
    }

    static Connection connect() throws SQLException {
        return connect(url());
    }

    static String url() {
        String url = System.getProperty("it.db.url");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("it.db.url is not set: run the integration tests through Maven");
        }
        return url;
    }

    /** Another database with the same credentials, e.g. a restored backup. */
    static Connection connect(String url) throws SQLException {
        // As the portal reads it: an empty password is no setting at all, so the default "portal" applies.
        String password = System.getProperty("it.db.password", "");
        return DriverManager.getConnection(url, System.getProperty("it.db.user", ""),
                password.isEmpty() ? "portal" : password);
    }

    /** Rows of a query with parameters, each as column label (lower case) → value. */
    static List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<Map<String, Object>> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    if (value instanceof java.sql.Timestamp) {
                        // PostgreSQL answers timestamptz as Timestamp; H2 already as OffsetDateTime.
                        value = rows.getObject(i, java.time.OffsetDateTime.class);
                    }
                    row.put(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value);
                }
                result.add(row);
            }
            return result;
        }
    }

    /** @return the number of rows changed */
    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
