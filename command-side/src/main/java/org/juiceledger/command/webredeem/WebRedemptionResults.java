package org.juiceledger.command.webredeem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The result shown for each submission of the form (by {@link FormTokens#digest}): claimed before
 * the redemption is sent, completed with what the page showed, released when it was refused. A
 * second submission of the same form (a double click, a reload) waits for the first and shows its
 * result instead of redeeming again or reading as a failed attempt.
 */
@Component
class WebRedemptionResults {

    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    /** A claim older than this is given up (its node died while redeeming). */
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final Duration RETENTION = Duration.ofDays(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WebRedemptionResults(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the submission; false when another request holds or completed it. */
    boolean claim(String digest) {
        Instant now = clock.instant();
        jdbc.update("delete from web_redemption where request_digest = ? and state = ? and created_at < ?",
                digest, RUNNING, at(now.minus(STALE)));
        try {
            jdbc.update("insert into web_redemption (request_digest, state, created_at) values (?, ?, ?)",
                    digest, RUNNING, at(now));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    void complete(String digest, ShownRedemption shown) {
        try {
            jdbc.update("update web_redemption set state = ?, result = ? where request_digest = ?",
                    DONE, JSON.writeValueAsString(shown), digest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot keep the result of a web redemption", e);
        }
        jdbc.update("delete from web_redemption where created_at < ?", at(clock.instant().minus(RETENTION)));
    }

    void release(String digest) {
        jdbc.update("delete from web_redemption where request_digest = ? and state = ?", digest, RUNNING);
    }

    /** The submission's state now: empty when nobody holds it. */
    Optional<Claim> find(String digest) {
        return jdbc.queryForList("select state, result from web_redemption where request_digest = ?", digest)
                .stream().findFirst().map(WebRedemptionResults::claimOf);
    }

    private static Claim claimOf(Map<String, Object> row) {
        String state = String.valueOf(row.get("state"));
        Object result = row.get("result");
        if (!DONE.equals(state) || result == null) {
            return new Claim(false, null);
        }
        try {
            return new Claim(true, JSON.readValue(result.toString(), ShownRedemption.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable result of a web redemption", e);
        }
    }

    /** A submission held by a request: still running, or done with what was shown. */
    record Claim(boolean done, ShownRedemption shown) {
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
