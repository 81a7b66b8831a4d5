package org.juiceledger.query.verification;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes expected rows into the temporary tables of {@link ExpectedTables}, a few hundred rows per
 * statement, so memory holds one batch per table at most. Rows become visible to queries on the same
 * connection once {@link #flush()}ed.
 */
final class ExpectedRows implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 250;
    private final Connection connection;
    private final Map<ExpectedTable, List<Object[]>> pending = new HashMap<>();
    private final Map<ExpectedTable, PreparedStatement> fullBatch = new HashMap<>();

    ExpectedRows(Connection connection) {
        this.connection = connection;
    }

    void createTables() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ExpectedTable table : ExpectedTables.ALL) {
                statement.execute(table.createSql());
                if (table.indexSql() != null) {
                    statement.execute(table.indexSql());
                }
            }
        }
    }

    void dropTables() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (ExpectedTable table : ExpectedTables.ALL) {
                statement.execute("DROP TABLE IF EXISTS " + table.name());
            }
        }
    }

    /** Values in column order: String, BigDecimal, Long, Integer, Boolean, Instant, LocalDate or null. */
    void add(ExpectedTable table, Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " has " + table.columns().size() + " columns, not "
                    + values.length);
        }
        List<Object[]> rows = pending.computeIfAbsent(table, t -> new ArrayList<>());
        rows.add(values);
        if (rows.size() == ROWS_PER_STATEMENT) {
            flush(table);
        }
    }

    void flush() {
        for (ExpectedTable table : List.copyOf(pending.keySet())) {
            flush(table);
        }
    }

    private void flush(ExpectedTable table) {
        List<Object[]> rows = pending.get(table);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        try {
            if (rows.size() == ROWS_PER_STATEMENT) {
                PreparedStatement statement = fullBatch.get(table);
                if (statement == null) {
                    statement = connection.prepareStatement(table.insertSql(ROWS_PER_STATEMENT));
                    fullBatch.put(table, statement);
                }
                insert(statement, table, rows);
            } else {
                try (PreparedStatement statement = connection.prepareStatement(table.insertSql(rows.size()))) {
                    insert(statement, table, rows);
                }
            }
        } catch (SQLException e) {
            throw new VerificationFailedException("Could not write the expected rows of " + table.name(), e);
        }
        rows.clear();
    }

    private static void insert(PreparedStatement statement, ExpectedTable table, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                bind(statement, index++, row[i], table.columns().get(i).jdbcType());
            }
        }
        statement.executeUpdate();
    }

    private static void bind(PreparedStatement statement, int index, Object value, int jdbcType) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof BigDecimal || value instanceof String || value instanceof Long
                || value instanceof Integer || value instanceof Boolean) {
            statement.setObject(index, value);
        } else {
            throw new IllegalArgumentException("Cannot write a " + value.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        for (PreparedStatement statement : fullBatch.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection is given back right after; nothing more to release
            }
        }
        fullBatch.clear();
    }
}
