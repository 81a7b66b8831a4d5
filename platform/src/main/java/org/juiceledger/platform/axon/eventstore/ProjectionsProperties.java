package org.juiceledger.platform.axon.eventstore;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.projections.*} (defaults in juice-defaults.yml): how often the projections are woken
 * for events other nodes appended (JDBC store; this node's own appends wake them at once).
 */
@Validated
@ConfigurationProperties("juice.projections")
record ProjectionsProperties(@NotNull @DurationMin(millis = 1) Duration wakeInterval) {
}
