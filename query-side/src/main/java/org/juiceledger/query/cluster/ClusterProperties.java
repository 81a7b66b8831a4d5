package org.juiceledger.query.cluster;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.cluster.*} (defaults in juice-defaults.yml): how often a query node says it is alive
 * (read by the balancer's schedule), how long a silent one still counts, and how long a released
 * segment is left for the others.
 */
@Validated
@ConfigurationProperties("juice.cluster")
record ClusterProperties(@NotNull @DurationMin(millis = 1) Duration heartbeatInterval,
                         @NotNull @DurationMin(millis = 1) Duration nodeTimeout,
                         @NotNull @DurationMin(nanos = 0) Duration releaseFor) {
}
