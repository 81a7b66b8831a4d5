package org.juiceledger.platform.axon.eventstore;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.projections.*} (defaults in juice-defaults.yml): how often the projections are woken
 * for events other nodes appended (JDBC store), how long after this node's own append they are
 * woken (one wake for all the appends of that moment), how many
 * events a projection's stream reads from the JDBC store per query, how many events at most a
 * projection handles in one transaction, and how soon a projection far behind refills its full work
 * packages (Axon waits 100 ms).
 */
@Validated
@ConfigurationProperties("juice.projections")
public record ProjectionsProperties(@NotNull @DurationMin(millis = 1) Duration wakeInterval,
                                    @NotNull @DurationMin(millis = 0) Duration wakeDelay,
                                    @Min(1) @Max(10_000) int readBatchSize, @Min(1) @Max(10_000) int batchSize,
                                    @NotNull @DurationMin(millis = 1) Duration refillDelay) {
}
