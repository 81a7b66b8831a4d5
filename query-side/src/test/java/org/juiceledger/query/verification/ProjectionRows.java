package org.juiceledger.query.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Writes projection rows by hand, as a projection would have left them, for the verifier to judge. */
final class ProjectionRows {

    private final Connection connection;

    ProjectionRows(Connection connection) {
        this.connection = connection;
    }

    /** {@code columnsAndValues}: column name, value, column name, value, ...; an Instant is stored in UTC. */
    void insert(String table, Object... columnsAndValues) {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.add((String) columnsAndValues[i]);
            Object value = columnsAndValues[i + 1];
            values.add(value instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : value);
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                insert.setObject(i + 1, values.get(i));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void update(String sql) {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
