package org.juiceledger.command.sts;

import org.juiceledger.command.appends.OwnTransactions;
import org.juiceledger.platform.security.StsProperties;
import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.TidAllocator;
import org.juiceledger.sts.VendingKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The STS engine under the vending key from configuration ({@code JUICE_STS_VENDING_KEY}), never from code. */
@Configuration(proxyBeanMethods = false)
public class StsConfiguration {

    @Bean
    TokenVending tokenVending(StsProperties settings, JdbcTemplate jdbc, ObjectProvider<OwnTransactions> ownTransactions,
                              Clock clock) {
        String vendingKey = settings.vendingKey();
        if (vendingKey.isBlank()) {
            throw new IllegalStateException("No STS vending key: set JUICE_STS_VENDING_KEY (16 or 40 hex digits).");
        }
        return new StsTokenVending(new StsTokenEngine(VendingKey.ofHex(vendingKey)), tidAllocator(jdbc, ownTransactions),
                clock);
    }

    /**
     * Where a command's rows may not commit with its events (Axon Server), a token's minute is taken
     * at once, on a connection of its own: a token whose events are stored keeps its minute, even
     * when the command's transaction is lost, so no later token for the meter repeats it.
     */
    private static TidAllocator tidAllocator(JdbcTemplate jdbc, ObjectProvider<OwnTransactions> ownTransactions) {
        OwnTransactions own = ownTransactions.getIfAvailable();
        return own == null ? new DatabaseTidAllocator(jdbc) : new DurableTidAllocator(own.jdbc());
    }
}
