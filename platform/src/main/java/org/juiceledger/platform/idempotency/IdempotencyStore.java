package org.juiceledger.platform.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
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
 * The {@code idempotent_request} table. Every statement commits on its own (the filter runs
 * outside any transaction), so a claim is visible to every node before the request runs, and the
 * primary key (login, key) lets exactly one request win it.
 */
class IdempotencyStore {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
    private static final int CLAIM_ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Duration inProgressTimeout;
    private final Clock clock;
    private final AtomicReference<Instant> nextCleanup = new AtomicReference<>(Instant.MIN);

    IdempotencyStore(JdbcTemplate jdbc, Duration retention, Duration inProgressTimeout, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.inProgressTimeout = inProgressTimeout;
        this.clock = clock;
    }

    /**
     * Claims the key for a request about to run. Empty when the claim is ours; otherwise what an
     * earlier request under this key left (still running, or finished with its response).
     */
    Optional<StoredRequest> claim(String login, String key, String requestHash, String claimId) {
        Instant now = clock.instant();
        cleanUpIfDue(now);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (insert(login, key, requestHash, claimId, now)) {
                return Optional.empty();
            }
            if (deleteOutdated(login, key, now) == 0) {
                Optional<StoredRequest> earlier = find(login, key);
                if (earlier.isPresent()) {
                    return earlier;
                }
            }
            // the earlier claim had expired or was just released: try again
        }
        throw new IllegalStateException("Could not claim an idempotency key after " + CLAIM_ATTEMPTS + " attempts");
    }

    /** Keeps the response of our claimed request; false if the claim was lost meanwhile. */
    boolean complete(String login, String key, String claimId, int status, String contentType, byte[] body) {
        return jdbc.update("""
                UPDATE idempotent_request SET state = ?, status = ?, content_type = ?, response_body = ?
                 WHERE login = ? AND request_key = ? AND claim_id = ?""",
                COMPLETED, status, contentType, body, login, key, claimId) == 1;
    }

    /** Gives the key up again (the request failed on our side), so that a retry runs it. */
    void release(String login, String key, String claimId) {
        jdbc.update("DELETE FROM idempotent_request WHERE login = ? AND request_key = ? AND claim_id = ?",
                login, key, claimId);
    }

    private boolean insert(String login, String key, String requestHash, String claimId, Instant now) {
        try {
            jdbc.update("""
                    INSERT INTO idempotent_request (login, request_key, request_hash, claim_id, state, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""",
                    login, key, requestHash, claimId, IN_PROGRESS, utc(now));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Removes the key's row when it is past retention, or a claim whose request never finished. */
    private int deleteOutdated(String login, String key, Instant now) {
        return jdbc.update("""
                DELETE FROM idempotent_request WHERE login = ? AND request_key = ?
                   AND (created_at < ? OR (state = ? AND created_at < ?))""",
                login, key, utc(now.minus(retention)), IN_PROGRESS, utc(now.minus(inProgressTimeout)));
    }

    private Optional<StoredRequest> find(String login, String key) {
        List<StoredRequest> rows = jdbc.query("""
                SELECT request_hash, state, status, content_type, response_body FROM idempotent_request
                 WHERE login = ? AND request_key = ?""",
                (row, i) -> new StoredRequest(row.getString("request_hash"),
                        COMPLETED.equals(row.getString("state")), row.getInt("status"),
                        row.getString("content_type"), row.getBytes("response_body")),
                login, key);
        return rows.stream().findFirst();
    }

    /** At most once a minute per node, whoever claims a key also sweeps out the expired ones. */
    private void cleanUpIfDue(Instant now) {
        Instant due = nextCleanup.get();
        if (now.isBefore(due) || !nextCleanup.compareAndSet(due, now.plus(CLEANUP_EVERY))) {
            return;
        }
        int removed = jdbc.update("""
                DELETE FROM idempotent_request
                 WHERE created_at < ? OR (state = ? AND created_at < ?)""",
                utc(now.minus(retention)), IN_PROGRESS, utc(now.minus(inProgressTimeout)));
        if (removed > 0) {
            log.debug("Removed {} expired idempotency keys", removed);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
