package org.juiceledger.platform.security;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.security.*} (defaults in juice-defaults.yml): how long a password bcrypt has verified
 * is remembered (zero: never).
 */
@Validated
@ConfigurationProperties("juice.security")
public record SecurityProperties(@NotNull @DurationMin(nanos = 0) Duration passwordRemembered) {
}
