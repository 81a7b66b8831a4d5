package org.juiceledger.platform.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.web.*} (defaults in juice-defaults.yml): the largest request body read (larger ones
 * are answered 413), and how long the customer redemption page's form token is good for.
 */
@Validated
@ConfigurationProperties("juice.web")
public record WebProperties(@Positive long maxRequestBytes, @NotNull @DurationMin(seconds = 1) Duration formTokenTtl) {
}
