package org.juiceledger.command.guard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.juiceledger.command.guard.GuardProperties.Alert;
import org.juiceledger.platform.request.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches failed redemptions from all sources together: many sources each staying under their own
 * limit can still be one attack. Every failure counts in {@code juice.redemption.failures} (by
 * channel); when the failures of all nodes (counted in the database) reach the configured number
 * within the window, {@code juice.redemption.failure.alerts} goes up and a WARN line says so, at
 * most once per window on each node. {@code juice.redemption.failures.recent} shows the last count.
 */
class FailureRateAlarm {

    private static final Logger log = LoggerFactory.getLogger(FailureRateAlarm.class);

    private final JdbcTemplate jdbc;
    private final Alert settings;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Counter alerts;
    private final AtomicLong recent = new AtomicLong();
    private final AtomicReference<Instant> quietUntil = new AtomicReference<>(Instant.MIN);

    FailureRateAlarm(JdbcTemplate jdbc, Alert settings, MeterRegistry metrics, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        this.alerts = Counter.builder("juice.redemption.failure.alerts")
                .description("Times failed redemptions from all sources together passed the alert threshold")
                .register(metrics);
        metrics.gauge("juice.redemption.failures.recent", recent);
    }

    /** A failed attempt was just recorded. */
    void failureRecorded(Channel channel) {
        metrics.counter("juice.redemption.failures", "channel", channel.name()).increment();
        Instant now = clock.instant();
        Long count = jdbc.queryForObject("select count(*) from failed_attempt where outcome = '"
                        + FailedAttemptLimiter.FAILED + "' and attempted_at >= ?", Long.class,
                now.minus(settings.window()).atOffset(ZoneOffset.UTC));
        long failures = count == null ? 0 : count;
        recent.set(failures);
        Instant quiet = quietUntil.get();
        if (failures >= settings.maxFailures() && now.isAfter(quiet)
                && quietUntil.compareAndSet(quiet, now.plus(settings.window()))) {
            alerts.increment();
            log.warn("ALERT failed redemptions: {} in the last {} from all sources (threshold {}); PINs may be "
                    + "being guessed, see the failed_attempt table", failures, settings.window(), settings.maxFailures());
        }
    }
}
