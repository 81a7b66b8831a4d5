package org.juiceledger.command.sts;

import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.VendingKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The STS engine under the vending key from configuration ({@code JUICE_STS_VENDING_KEY}), never from code. */
@Configuration(proxyBeanMethods = false)
public class StsConfiguration {

    @Bean
    TokenVending tokenVending(@Value("${juice.sts.vending-key:}") String vendingKey, JdbcTemplate jdbc) {
        if (vendingKey.isBlank()) {
            throw new IllegalStateException("No STS vending key: set JUICE_STS_VENDING_KEY (16 or 40 hex digits).");
        }
        return new StsTokenVending(new StsTokenEngine(VendingKey.ofHex(vendingKey)), new DatabaseTidAllocator(jdbc),
                Clock.systemUTC());
    }
}
