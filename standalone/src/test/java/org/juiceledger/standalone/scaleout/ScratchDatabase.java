package org.juiceledger.standalone.scaleout;

import org.juiceledger.platform.testing.PostgresTestDatabase;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** A fresh PostgreSQL database of its own for one test, and the few queries the test checks it with. */
final class ScratchDatabase {

    private final String url;

    private ScratchDatabase(String url) {
        this.url = url;
    }

    static ScratchDatabase create(String prefix) throws SQLException {
        String name = prefix + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.DEFAULT_SERVER + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(PostgresTestDatabase.DEFAULT_SERVER + name);
    }

    String url() {
        return url;
    }

    long count(String sql, Object... parameters) throws SQLException {
        return number(sql, parameters).longValue();
    }

    BigDecimal number(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                BigDecimal value = row.getBigDecimal(1);
                return value == null ? BigDecimal.ZERO : value;
            }
        }
    }

    /** How many segments each owner holds, over every processor ({@code null} owner: unclaimed). */
    Map<String, Integer> segmentsByOwner(String processor) throws SQLException {
        String sql = "select coalesce(owner, '-'), count(*) from tokenentry"
                + (processor == null ? "" : " where processorname = ?") + " group by 1";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (processor != null) {
                query.setString(1, processor);
            }
            Map<String, Integer> owners = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    owners.put(rows.getString(1), rows.getInt(2));
                }
            }
            return owners;
        }
    }
}
