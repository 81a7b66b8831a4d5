package org.juiceledger.command.appends;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code juice.appends.*} (defaults in juice-defaults.yml): whether commands record their events
 * before they leave ({@code record}, on with Axon Server); how old a pending row whose events are
 * not stored must be before it is dropped ({@code settle-after}); how often the sweeper looks.
 */
@ConfigurationProperties("juice.appends")
record AppendsProperties(boolean record, Duration settleAfter, Duration sweepInterval) {

    AppendsProperties {
        if (settleAfter == null || settleAfter.isNegative()) {
            throw new IllegalArgumentException("juice.appends.settle-after must be zero or more");
        }
        if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("juice.appends.sweep-interval must be positive");
        }
    }
}
