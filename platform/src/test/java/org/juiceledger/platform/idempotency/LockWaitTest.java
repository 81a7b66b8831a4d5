package org.juiceledger.platform.idempotency;

import org.juiceledger.platform.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim's lock timeout applies to the claim alone: afterwards the one in force before is back. */
class LockWaitTest {

    @Test
    void theLockTimeoutInForceBeforeTheClaimIsPutBack() throws Exception {
        PostgresTestDatabase.ensureReachable();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(PostgresTestDatabase.url(),
                PostgresTestDatabase.user(), PostgresTestDatabase.password(), true);
        try {
            dataSource.getConnection().setAutoCommit(false);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("SET lock_timeout = '7s'");
            LockWait wait = new LockWait(Duration.ofSeconds(5), true);

            String previous = wait.limitTo(jdbc);
            assertThat(jdbc.queryForObject("SHOW lock_timeout", String.class)).isEqualTo("5s");
            wait.restore(jdbc, previous);

            assertThat(jdbc.queryForObject("SHOW lock_timeout", String.class)).isEqualTo("7s");
            dataSource.getConnection().rollback();
        } finally {
            dataSource.destroy();
        }
    }
}
