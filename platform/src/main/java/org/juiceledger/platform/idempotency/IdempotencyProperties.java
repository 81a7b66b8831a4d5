package org.juiceledger.platform.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code juice.idempotency.*} (defaults in juice-defaults.yml): how long a key's answer is kept,
 * and how long a retry waits for a first request under its key that is still running.
 */
@ConfigurationProperties("juice.idempotency")
record IdempotencyProperties(Duration retention, Duration waitForFirst) {

    IdempotencyProperties {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("juice.idempotency.retention must be positive");
        }
        if (waitForFirst == null || waitForFirst.isNegative()) {
            throw new IllegalArgumentException("juice.idempotency.wait-for-first must be zero or more");
        }
    }
}
