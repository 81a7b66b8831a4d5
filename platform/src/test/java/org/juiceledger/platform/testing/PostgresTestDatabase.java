package org.juiceledger.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL database the integration tests use: {@code JUICE_TEST_DB_URL} (CI points it at a
 * fresh database per run), or else a fresh {@code juice_test_<time>} database on the local server,
 * made for this test JVM and left behind for inspection (later runs drop those over an hour old,
 * never one that another test JVM may have just made).
 * An unreachable server fails the tests with a message that says what to do.
 */
public final class PostgresTestDatabase {

    public static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String FRESH_PREFIX = "juice_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static String url;

    private PostgresTestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            String configured = System.getenv("JUICE_TEST_DB_URL");
            url = configured == null || configured.isBlank() ? freshLocalDatabase() : configured;
        }
        return url;
    }

    public static String user() {
        String user = System.getenv("JUICE_TEST_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static String password() {
        String password = System.getenv("JUICE_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }

    public static void ensureReachable() {
        try {
            DriverManager.getConnection(url(), user(), password()).close();
        } catch (SQLException e) {
            throw unreachable(url(), e);
        }
    }

    /**
     * A new, empty database of its own on the local server (a test that must not share the common one
     * starts an application on it); returns its JDBC URL. Named with the prefix and a timestamp.
     */
    public static String freshDatabase(String prefix) {
        String name = prefix + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(DEFAULT_SERVER + "postgres", user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw unreachable(DEFAULT_SERVER + "postgres", e);
        }
        return DEFAULT_SERVER + name;
    }

    /** Drops a database {@link #freshDatabase} made. */
    public static void drop(String databaseUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DEFAULT_SERVER + "postgres", user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1));
        }
    }

    private static String freshLocalDatabase() {
        String name = FRESH_PREFIX + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + ProcessHandle.current().pid();
        String maintenance = DEFAULT_SERVER + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, user(), password());
             Statement statement = connection.createStatement()) {
            dropEarlierTestDatabases(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw unreachable(maintenance, e);
        }
        return DEFAULT_SERVER + name;
    }

    private static void dropEarlierTestDatabases(Statement statement) throws SQLException {
        String anHourAgo = FRESH_PREFIX + LocalDateTime.now(ZoneOffset.UTC).minusHours(1).format(STAMP);
        List<String> earlier = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE '" + FRESH_PREFIX + "%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (name.compareTo(anHourAgo) < 0) {
                    earlier.add(name);
                }
            }
        }
        for (String database : earlier) {
            try {
                statement.execute("DROP DATABASE IF EXISTS " + database);
            } catch (SQLException inUseByAnotherRun) {
                // another test JVM is using it right now; a later run drops it
            }
        }
    }

    private static IllegalStateException unreachable(String where, SQLException e) {
        return new IllegalStateException("""
                The integration tests need PostgreSQL and cannot reach it at %s (%s).
                Start it (e.g. pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)
                or point JUICE_TEST_DB_URL (and JUICE_TEST_DB_USER / JUICE_TEST_DB_PASSWORD) at one."""
                .formatted(where, e.getMessage()), e);
    }
}
