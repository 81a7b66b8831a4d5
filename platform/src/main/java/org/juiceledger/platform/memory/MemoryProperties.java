package org.juiceledger.platform.memory;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code juice.memory.*} (defaults in juice-defaults.yml): how often the JVM is asked to give
 * back memory it no longer uses; zero leaves it to the JVM's own flags.
 */
@ConfigurationProperties("juice.memory")
record MemoryProperties(Duration returnInterval) {

    MemoryProperties {
        if (returnInterval == null || returnInterval.isNegative()) {
            throw new IllegalArgumentException("juice.memory.return-interval must be zero or more");
        }
    }
}
