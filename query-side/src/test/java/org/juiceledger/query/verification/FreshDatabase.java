package org.juiceledger.query.verification;

import org.flywaydb.core.Flyway;
import org.juiceledger.platform.testing.PostgresTestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of its own for one test class, with the application's schema, dropped at the
 * end: nothing written here reaches the database the application tests share.
 */
final class FreshDatabase implements AutoCloseable {

    private final String name;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    FreshDatabase() {
        name = "juice_verify_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
        execute("CREATE DATABASE " + name);
        dataSource.setURL(PostgresTestDatabase.DEFAULT_SERVER + name);
        dataSource.setUser(PostgresTestDatabase.user());
        dataSource.setPassword(PostgresTestDatabase.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    PGSimpleDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.DEFAULT_SERVER + "postgres",
                PostgresTestDatabase.user(), PostgresTestDatabase.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is needed at " + PostgresTestDatabase.DEFAULT_SERVER, e);
        }
    }
}
