package org.juiceledger.platform.idempotency;

import org.juiceledger.platform.time.IdSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code idempotent_request} table: one row per (login, key), written in the request's own
 * transaction together with everything the request changes, so a committed row always holds the
 * response and a request that did not commit left no row. While a request holds its uncommitted
 * row, a retry's insert of the same primary key waits for it (at most {@code waitForFirst}).
 */
class IdempotencyStore {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);
    /** Rows written before requests ran in one transaction with their effects: their outcome is unknown. */
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final LockWait lockWait;
    private final Clock clock;
    private final IdSource ids;
    private final AtomicReference<Instant> nextCleanup = new AtomicReference<>(Instant.MIN);

    IdempotencyStore(JdbcTemplate jdbc, Duration retention, LockWait lockWait, Clock clock, IdSource ids) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.lockWait = lockWait;
        this.clock = clock;
        this.ids = ids;
    }

    /** What a committed earlier request under this key left, unless it is past retention. */
    Optional<StoredRequest> find(String login, String key) {
        List<StoredRequest> rows = jdbc.query("""
                SELECT request_hash, state, status, content_type, response_body FROM idempotent_request
                 WHERE login = ? AND request_key = ? AND created_at >= ?""",
                (row, i) -> new StoredRequest(row.getString("request_hash"),
                        COMPLETED.equals(row.getString("state")), row.getInt("status"),
                        row.getString("content_type"), row.getBytes("response_body")),
                login, key, utc(clock.instant().minus(retention)));
        return rows.stream().findFirst();
    }

    /**
     * Claims the key inside the current transaction; false when an earlier request under the key
     * committed first (read it with {@link #find}). Waits for an earlier request still running.
     */
    boolean claim(String login, String key, String requestHash) {
        Instant now = clock.instant();
        cleanUpIfDue(now);
        String lockTimeout = lockWait.limitTo(jdbc);
        boolean claimed = insert(login, key, requestHash, now) || replaceExpired(login, key, requestHash, now);
        lockWait.restore(jdbc, lockTimeout);
        return claimed;
    }

    /** Keeps the response of the claimed request, in the same transaction as its effects. */
    void complete(String login, String key, int status, String contentType, byte[] body) {
        jdbc.update("""
                UPDATE idempotent_request SET state = ?, status = ?, content_type = ?, response_body = ?
                 WHERE login = ? AND request_key = ?""",
                COMPLETED, status, contentType, body, login, key);
    }

    /**
     * Keeps an answer no running request holds the key for: a refusal whose transaction had to roll
     * back (nothing of the request committed), or a recovered outcome. A row that got there first
     * stands; the insert raises no error, which would abort the transaction on PostgreSQL.
     */
    void keepAnswer(String login, String key, String requestHash, int status, String contentType, byte[] body) {
        jdbc.update("""
                INSERT INTO idempotent_request (login, request_key, request_hash, claim_id, state, status,
                                                content_type, response_body, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                login, key, requestHash, ids.newId(), COMPLETED, status, contentType, body,
                utc(clock.instant()));
    }

    /** Without an error on a taken key: an error would abort the transaction on PostgreSQL. */
    private boolean insert(String login, String key, String requestHash, Instant now) {
        return jdbc.update("""
                INSERT INTO idempotent_request (login, request_key, request_hash, claim_id, state, created_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                login, key, requestHash, ids.newId(), IN_PROGRESS, utc(now)) == 1;
    }

    /** A row past retention no longer counts: the key is free again. */
    private boolean replaceExpired(String login, String key, String requestHash, Instant now) {
        int removed = jdbc.update("DELETE FROM idempotent_request WHERE login = ? AND request_key = ? AND created_at < ?",
                login, key, utc(now.minus(retention)));
        return removed > 0 && insert(login, key, requestHash, now);
    }

    /** At most once a minute per node, whoever claims a key also sweeps out the expired ones. */
    private void cleanUpIfDue(Instant now) {
        Instant due = nextCleanup.get();
        if (now.isBefore(due) || !nextCleanup.compareAndSet(due, now.plus(CLEANUP_EVERY))) {
            return;
        }
        int removed = jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?", utc(now.minus(retention)));
        if (removed > 0) {
            log.debug("Removed {} expired idempotency keys", removed);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
