package vn.eschool.portal.core.transfer;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table's columns and how each value crosses JSON: numbers and booleans as themselves, dates as ISO dates,
 * timestamps as ISO offset date-times, everything else as text. Read from the driver's metadata, so a column a
 * migration adds travels without a change here, on H2 and PostgreSQL alike (names in lower case).
 */
final class Columns {

    enum Kind { INTEGER, DECIMAL, BOOLEAN, DATE, TIMESTAMP, TEXT }

    private final Map<String, Kind> kinds;
    private final Set<String> notNull;

    private Columns(Map<String, Kind> kinds, Set<String> notNull) {
        this.kinds = kinds;
        this.notNull = notNull;
    }

    static Columns of(ResultSetMetaData meta) throws SQLException {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Set<String> notNull = new HashSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            kinds.put(column, kind(meta.getColumnType(i)));
            if (meta.isNullable(i) == ResultSetMetaData.columnNoNulls) {
                notNull.add(column);
            }
        }
        return new Columns(kinds, notNull);
    }

    static Columns of(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return of(none.getMetaData());
        }
    }

    Map<String, Kind> kinds() {
        return kinds;
    }

    boolean has(String column) {
        return kinds.containsKey(column);
    }

    boolean nullable(String column) {
        return !notNull.contains(column);
    }

    /** Adds column {@code index} (1-based, in the order of the metadata) of the current row to {@code json}. */
    void read(ResultSet row, int index, String column, JsonObjectBuilder json) throws SQLException {
        switch (kinds.get(column)) {
            case INTEGER -> {
                long value = row.getLong(index);
                putOrNull(json, column, row.wasNull() ? null : Json.createValue(value));
            }
            case DECIMAL -> putOrNull(json, column, row.getBigDecimal(index) == null ? null
                    : Json.createValue(row.getBigDecimal(index)));
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                putOrNull(json, column, row.wasNull() ? null : value ? JsonValue.TRUE : JsonValue.FALSE);
            }
            case DATE -> {
                LocalDate value = row.getObject(index, LocalDate.class);
                putOrNull(json, column, value == null ? null : Json.createValue(value.toString()));
            }
            case TIMESTAMP -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                putOrNull(json, column, value == null ? null : Json.createValue(value.toString()));
            }
            case TEXT -> {
                String value = row.getString(index);
                putOrNull(json, column, value == null ? null : Json.createValue(value));
            }
        }
    }

    /** Binds a JSON value to parameter {@code index} as the column's type wants it. */
    void bind(PreparedStatement insert, int index, String column, JsonValue value) throws SQLException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            insert.setNull(index, sqlType(kinds.get(column)));
            return;
        }
        switch (kinds.get(column)) {
            case INTEGER -> insert.setLong(index, ((JsonNumber) value).longValueExact());
            case DECIMAL -> insert.setBigDecimal(index, ((JsonNumber) value).bigDecimalValue());
            case BOOLEAN -> insert.setBoolean(index, value == JsonValue.TRUE);
            case DATE -> insert.setObject(index, LocalDate.parse(((JsonString) value).getString()));
            case TIMESTAMP -> insert.setObject(index, OffsetDateTime.parse(((JsonString) value).getString()));
            case TEXT -> insert.setString(index, ((JsonString) value).getString());
        }
    }

    private static void putOrNull(JsonObjectBuilder json, String column, JsonValue value) {
        json.add(column, value == null ? JsonValue.NULL : value);
    }

    private static Kind kind(int sqlType) {
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> Kind.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            // PostgreSQL reports timestamptz as TIMESTAMP; the schema has no timestamp without a zone.
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
            default -> Kind.TEXT;
        };
    }

    private static int sqlType(Kind kind) {
        return switch (kind) {
            case INTEGER -> Types.BIGINT;
            case DECIMAL -> Types.DOUBLE;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
            case TEXT -> Types.VARCHAR;
        };
    }
}
