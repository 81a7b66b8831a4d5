package org.juiceledger.platform.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL database of a test class's own, made before its tests and dropped after them:
 * {@code @RegisterExtension static final FreshPostgresDatabase database = new FreshPostgresDatabase("juice_x_");}
 */
public final class FreshPostgresDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String prefix;
    private String url;

    public FreshPostgresDatabase(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        url = PostgresTestDatabase.freshDatabase(prefix);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        PostgresTestDatabase.drop(url);
    }

    public String url() {
        return url;
    }

    /** A new connection to the database (the caller closes it). */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }
}
