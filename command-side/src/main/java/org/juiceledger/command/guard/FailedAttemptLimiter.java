package org.juiceledger.command.guard;

import io.micrometer.core.instrument.MeterRegistry;
import org.juiceledger.command.guard.GuardProperties.Limit;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.time.IdSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits failed attempts (PIN guessing) per source, counted in the database so the limit holds
 * across nodes and restarts: after {@code juice.guard.max-failures} failures (default 5) within
 * {@code juice.guard.window} (default 15 minutes) a source may not try again until the oldest of
 * them leaves the window. A meter or account asked for is a source too: it counts the failures of
 * every source that asked for it. Every failed attempt is kept for audit: the source, the channel, who
 * relayed it, the meter or account asked for, the reason and the time; never the PIN.
 *
 * <p>{@link #begin} claims an attempt before it runs and counts the claim, so a burst of attempts
 * in parallel cannot slip past the limit: of attempts that race, at most as many as the limit
 * still allows go ahead (possibly fewer: racing claims count against each other for a moment). {@link #mayTry} and {@link #failed(Source, Channel, String, String, String)}
 * are the simpler check-then-record pair for callers that cannot hold a claim.
 */
@Component
@EnableConfigurationProperties(GuardProperties.class)
public class FailedAttemptLimiter {

    static final String PENDING = "PENDING";
    static final String FAILED = "FAILED";
    static final String REFUSED = "REFUSED";
    private static final int ID_LENGTH = 128;
    private static final int TEXT_LENGTH = 64;
    private static final int REASON_LENGTH = 40;

    private final JdbcTemplate jdbc;
    private final GuardProperties properties;
    private final Clock clock;
    private final FailureRateAlarm alarm;
    private final IdSource ids;

    FailedAttemptLimiter(JdbcTemplate jdbc, GuardProperties properties, MeterRegistry metrics, Clock clock,
                         IdSource ids) {
        this.jdbc = jdbc;
        this.ids = ids;
        this.properties = properties;
        this.clock = clock;
        this.alarm = new FailureRateAlarm(jdbc, properties.alert(), metrics, clock);
    }

    /** Where attempts come from: a kind and an id (an address, a phone number, a login, ...). */
    public record Source(SourceKind kind, String id) {

        public Source {
            Objects.requireNonNull(kind, "kind");
            id = id == null || id.isBlank() ? "-" : clip(id.strip(), ID_LENGTH);
        }
    }

    /** The limit that applies to this kind of source. */
    public Limit limitOf(SourceKind kind) {
        return properties.limitOf(kind);
    }

    /**
     * Claims an attempt for the source, or says it has failed too often (empty): then nothing may
     * be tried. A claim counts as a failure until it is settled with one of the {@link Attempt}
     * methods; a claim left unsettled (the node died) counts until it leaves the window.
     *
     * @param via    who relayed the attempt (a gateway's login, "web"), for the audit
     * @param target the meter or account number asked for, for the audit
     */
    public Optional<Attempt> begin(Source source, Channel channel, String via, String target) {
        Limit limit = limitOf(source.kind());
        Instant now = clock.instant();
        String id = ids.newId();
        insert(id, source, channel, via, target, PENDING, null, now);
        if (counted(source, now.minus(limit.window())) > limit.maxFailures()) {
            jdbc.update("delete from failed_attempt where attempt_id = ?", id);
            return Optional.empty();
        }
        return Optional.of(new Attempt(id, channel));
    }

    /** May this source try now? (Check only; {@link #begin} also counts attempts in progress.) */
    public boolean mayTry(Source source) {
        return mayTryAll(List.of(source));
    }

    /** May every one of these sources try now? Counted in one statement, whatever their number. */
    public boolean mayTryAll(List<Source> sources) {
        Instant now = clock.instant();
        StringBuilder sql = new StringBuilder("select ");
        List<Object> parameters = new ArrayList<>();
        for (Source source : sources) {
            sql.append(parameters.isEmpty() ? "" : ", ").append("(").append(countSql(source)).append(")");
            parameters.addAll(List.of(sourceParameters(source, at(now.minus(limitOf(source.kind()).window())))));
        }
        return Boolean.TRUE.equals(jdbc.query(sql.toString(), rows -> {
            rows.next();
            for (int i = 0; i < sources.size(); i++) {
                if (rows.getLong(i + 1) >= limitOf(sources.get(i).kind()).maxFailures()) {
                    return false;
                }
            }
            return true;
        }, parameters.toArray()));
    }

    /** Records a failed attempt that counts towards the source's limit. */
    public void failed(Source source, Channel channel, String via, String target, String reason) {
        Instant now = clock.instant();
        insert(ids.newId(), source, channel, via, target, FAILED, reason, now);
        forgetOld(now);
        alarm.failureRecorded(channel);
    }

    /** How long until the source may try again (zero when it may now). */
    public Duration retryAfter(Source source) {
        Limit limit = limitOf(source.kind());
        Instant now = clock.instant();
        Instant since = now.minus(limit.window());
        var times = jdbc.queryForList("select attempted_at from failed_attempt where " + whereSource(source)
                        + " and outcome in ('" + PENDING + "', '" + FAILED + "') and attempted_at >= ? "
                        + "order by attempted_at desc", OffsetDateTime.class,
                sourceParameters(source, at(since)));
        if (times.size() < limit.maxFailures()) {
            return Duration.ZERO;
        }
        // the source may try again once fewer than the limit are left in the window
        Instant freed = times.get(limit.maxFailures() - 1).toInstant().plus(limit.window());
        Duration wait = Duration.between(now, freed);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private long counted(Source source, Instant since) {
        Long count = jdbc.queryForObject(countSql(source), Long.class, sourceParameters(source, at(since)));
        return count == null ? 0 : count;
    }

    /** Counts the source's failures and unsettled claims at or after a time (the last parameter). */
    private static String countSql(Source source) {
        return "select count(*) from failed_attempt where " + whereSource(source)
                + " and outcome in ('" + PENDING + "', '" + FAILED + "') and attempted_at >= ?";
    }

    /** A target (meter or account) counts every attempt at it, from whatever source; others their own. */
    private static String whereSource(Source source) {
        return source.kind() == SourceKind.TARGET ? "target = ?" : "source_kind = ? and source_id = ?";
    }

    private static Object[] sourceParameters(Source source, OffsetDateTime since) {
        return source.kind() == SourceKind.TARGET ? new Object[] {source.id(), since}
                : new Object[] {source.kind().name(), source.id(), since};
    }

    private void insert(String id, Source source, Channel channel, String via, String target, String outcome,
                        String reason, Instant now) {
        jdbc.update("insert into failed_attempt (attempt_id, source_kind, source_id, channel, via, target, outcome, "
                        + "reason, attempted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, source.kind().name(), source.id(), channel.name(), clip(via, TEXT_LENGTH), clip(target, TEXT_LENGTH),
                outcome, clip(reason, REASON_LENGTH), at(now));
    }

    private void forgetOld(Instant now) {
        jdbc.update("delete from failed_attempt where attempted_at < ?", at(now.minus(properties.retention())));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** A claimed attempt: settle it once with what came of it. */
    public final class Attempt {

        private final String id;
        private final Channel channel;

        private Attempt(String id, Channel channel) {
            this.id = id;
            this.channel = channel;
        }

        /** It worked: nothing is kept (the redemption itself is in the event store). */
        public void succeeded() {
            forget();
        }

        /** It was no attempt after all (the input was malformed, the system was busy): nothing is kept. */
        public void abandoned() {
            forget();
        }

        /** It failed and counts towards the limit (the PIN redeemed no card). Kept for audit. */
        public void failed(String reason) {
            settle(FAILED, reason);
            forgetOld(clock.instant());
            alarm.failureRecorded(channel);
        }

        /** It was refused for a reason that says nothing about the PIN (an unknown meter): kept, not counted. */
        public void refused(String reason) {
            settle(REFUSED, reason);
        }

        private void settle(String outcome, String reason) {
            jdbc.update("update failed_attempt set outcome = ?, reason = ? where attempt_id = ?",
                    outcome, clip(reason, REASON_LENGTH), id);
        }

        private void forget() {
            jdbc.update("delete from failed_attempt where attempt_id = ?", id);
        }
    }
}
