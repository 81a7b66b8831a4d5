package org.juiceledger.platform.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * How long a retry's claim waits for the first request under its key to commit or roll back. On
 * PostgreSQL a {@code lock_timeout} for the claim alone (then back to the default, so the
 * command's own row locks wait as usual); other databases keep their own lock timeout.
 */
final class LockWait {

    private final Duration wait;
    private final boolean postgres;

    LockWait(Duration wait, boolean postgres) {
        this.wait = wait;
        this.postgres = postgres;
    }

    void limitTo(JdbcTemplate jdbc) {
        if (postgres) {
            jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class, wait.toMillis() + "ms");
        }
    }

    void reset(JdbcTemplate jdbc) {
        if (postgres) {
            jdbc.queryForObject("SELECT set_config('lock_timeout', '0', true)", String.class);
        }
    }
}
