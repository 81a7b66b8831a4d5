package org.juiceledger.platform.health;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.health.*} (defaults in juice-defaults.yml): how long the database probe waits for
 * {@code SELECT 1} before health says DOWN.
 */
@Validated
@ConfigurationProperties("juice.health")
record HealthProperties(@NotNull @DurationMin(millis = 1) Duration databaseTimeout) {
}
