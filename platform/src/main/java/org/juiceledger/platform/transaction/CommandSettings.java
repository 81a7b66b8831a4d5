package org.juiceledger.platform.transaction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code juice.commands.*} (defaults in juice-defaults.yml): how many times a command that lost a
 * race for an aggregate runs again, and how many accounts the command side keeps between commands.
 */
@ConfigurationProperties("juice.commands")
public record CommandSettings(int conflictRetries, int accountCacheSize) {

    public CommandSettings {
        if (conflictRetries < 0) {
            throw new IllegalArgumentException("juice.commands.conflict-retries must be zero or more");
        }
        if (accountCacheSize < 1) {
            throw new IllegalArgumentException("juice.commands.account-cache-size must be at least 1");
        }
    }
}
