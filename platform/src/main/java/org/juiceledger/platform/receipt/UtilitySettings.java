package org.juiceledger.platform.receipt;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * {@code juice.utility.*} (defaults in juice-defaults.yml): the utility's name on receipts, SMS and
 * emails, and the time zone their dates are written in. Read by both sides; one place for both.
 */
@ConfigurationProperties("juice.utility")
public record UtilitySettings(String name, ZoneId timeZone) {

    public UtilitySettings {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("juice.utility.name must not be empty");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("juice.utility.time-zone must name a time zone");
        }
    }
}
