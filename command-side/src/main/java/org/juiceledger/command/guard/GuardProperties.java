package org.juiceledger.command.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code juice.guard.*}: after {@code max-failures} failed attempts within {@code window} a source
 * may not try again until the oldest of them is older than the window. {@code kinds.<kind>.*}
 * (e.g. {@code juice.guard.kinds.phone-number.max-failures}) sets another limit for one kind of
 * source. Failed attempts are kept for audit for {@code retention}. {@code alert.*}: when failed
 * attempts from all sources together reach {@code alert.max-failures} within {@code alert.window},
 * an alert is raised (a metric and a log line), at most once per window.
 */
@ConfigurationProperties("juice.guard")
public record GuardProperties(int maxFailures, Duration window, Duration retention, Map<SourceKind, KindLimit> kinds,
                              Alert alert) {

    public GuardProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("juice.guard.max-failures must be at least 1");
        }
        if (window == null || retention == null || alert == null) {
            throw new IllegalArgumentException("juice.guard needs window, retention and alert (juice-defaults.yml has them)");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("juice.guard.window must be positive");
        }
        if (retention.compareTo(window) < 0) {
            throw new IllegalArgumentException("juice.guard.retention must be at least the window");
        }
        kinds = kinds == null || kinds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(kinds));
    }

    /** The limit of one kind of source: its own settings where given, the general ones otherwise. */
    public Limit limitOf(SourceKind kind) {
        KindLimit own = kinds.get(kind);
        int max = own == null || own.maxFailures() == null ? maxFailures : own.maxFailures();
        Duration span = own == null || own.window() == null ? window : own.window();
        if (max < 1 || span.isNegative() || span.isZero()) {
            throw new IllegalArgumentException("juice.guard.kinds." + kind + " needs max-failures >= 1 and a positive window");
        }
        return new Limit(max, span);
    }

    /** Settings for one kind; either may be left out. */
    public record KindLimit(Integer maxFailures, Duration window) {
    }

    /** Failures from all sources together that raise an alert: {@code maxFailures} within {@code window}. */
    public record Alert(int maxFailures, Duration window) {

        public Alert {
            if (maxFailures < 1 || window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("juice.guard.alert needs max-failures >= 1 and a positive window");
            }
        }
    }

    /** At most {@code maxFailures} failed attempts within {@code window}. */
    public record Limit(int maxFailures, Duration window) {
    }
}
