package org.juiceledger.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code juice.login.*} (defaults in juice-defaults.yml): this many wrong passwords for one login
 * from one address within {@code window} lock that login there until the oldest is older.
 */
@ConfigurationProperties("juice.login")
record LoginProperties(int maxFailures, Duration window) {

    LoginProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("juice.login.max-failures must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("juice.login.window must be positive");
        }
    }
}
