package org.juiceledger.platform.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

/**
 * How long a retry's claim waits for the first request under its key to commit or roll back. On
 * PostgreSQL a {@code lock_timeout} for the claim alone (then back to what was in force before,
 * the server's or the session's setting, so the command's own row locks wait as usual); other
 * databases keep their own lock timeout.
 */
final class LockWait {

    private final Duration wait;
    private final boolean postgres;

    LockWait(Duration wait, boolean postgres) {
        this.wait = wait;
        this.postgres = postgres;
    }

    /** Sets the claim's lock timeout and says the one it replaced (null where nothing was set). */
    String limitTo(JdbcTemplate jdbc) {
        if (!postgres) {
            return null;
        }
        String previous = jdbc.queryForObject("SELECT current_setting('lock_timeout')", String.class);
        jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class, wait.toMillis() + "ms");
        return previous;
    }

    /** Puts back the lock timeout {@link #limitTo} replaced. */
    void restore(JdbcTemplate jdbc, String previous) {
        if (postgres && previous != null) {
            jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class, previous);
        }
    }
}
