package org.juiceledger.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code juice.sts.*} (defaults in juice-defaults.yml): the utility's vending key
 * ({@code JUICE_STS_VENDING_KEY}, hex; checked where the engine parses it, so that no error repeats
 * it). The EA07 tables ({@code juice.sts.ea07-tables}) are read by the STS engine itself. The key
 * never appears in {@link #toString()}.
 */
@ConfigurationProperties("juice.sts")
public record StsProperties(String vendingKey) {

    public StsProperties {
        vendingKey = vendingKey == null ? "" : vendingKey;
    }

    @Override
    public String toString() {
        return "StsProperties[vendingKey=" + Secrets.hidden(vendingKey) + "]";
    }
}
