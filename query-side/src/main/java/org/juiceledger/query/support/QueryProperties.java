package org.juiceledger.query.support;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.query.*} (defaults in juice-defaults.yml): how long a read waits for the projections
 * to show what was written before it (zero: not at all).
 */
@Validated
@ConfigurationProperties("juice.query")
record QueryProperties(@NotNull @DurationMin(nanos = 0) Duration consistencyWait) {
}
