package org.juiceledger.query.audit;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code juice.audit.chain.*} (defaults in juice-defaults.yml): how long the hash chain waits for an
 * event in a gap of the global index before it links past it, and when and how often the linker
 * runs ({@code initial-delay} and {@code interval} are read by its schedule).
 */
@Validated
@ConfigurationProperties("juice.audit.chain")
record AuditChainProperties(@NotNull @DurationMin(nanos = 0) Duration gapTimeout,
                            @NotNull @DurationMin(nanos = 0) Duration initialDelay,
                            @NotNull @DurationMin(millis = 1) Duration interval) {
}
