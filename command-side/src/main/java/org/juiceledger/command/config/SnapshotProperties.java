package org.juiceledger.command.config;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code juice.snapshots.*} (defaults in juice-defaults.yml): an account is snapshotted every this many events. */
@Validated
@ConfigurationProperties("juice.snapshots")
record SnapshotProperties(@Min(1) int accountEvery) {
}
