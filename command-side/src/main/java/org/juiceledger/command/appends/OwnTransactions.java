package org.juiceledger.command.appends;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * JDBC on a small pool of its own whose statements commit at once, outside the command's
 * transaction: for what must be durable before the events leave for Axon Server. A pool of its
 * own, since borrowing a second connection from the main pool while holding one could exhaust it.
 */
public final class OwnTransactions implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    OwnTransactions(DataSourceProperties database) {
        pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("own-transactions");
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(2_000);
        pool.setAutoCommit(true);
        jdbc = new JdbcTemplate(pool);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        pool.close();
    }
}
