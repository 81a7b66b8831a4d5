package org.juiceledger.command.webredeem;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.command.account.Wallets;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The wallet balance right after a redemption, read from the newest events of the account's wallet
 * in the event store (the system of record; the command side reads no projection): the balance its
 * {@link WalletCredited} carries. Empty when it cannot be read; the page then leaves it out.
 */
@Component
class WalletBalances {

    private static final Logger log = LoggerFactory.getLogger(WalletBalances.class);
    /** How many of the account's newest events to look through. */
    private static final int LOOK_BACK = 20;

    private final EventStore events;

    WalletBalances(EventStore events) {
        this.events = events;
    }

    Optional<Money> after(String accountNumber, long transactionNumber) {
        try {
            String wallet = Wallets.streamOf(accountNumber);
            Optional<Long> last = events.lastSequenceNumberFor(wallet);
            if (last.isEmpty()) {
                return Optional.empty();
            }
            DomainEventStream stream = events.readEvents(wallet, Math.max(0, last.get() - LOOK_BACK));
            Money balance = null;
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (event.getPayload() instanceof WalletCredited credited
                        && credited.transactionNumber() == transactionNumber) {
                    balance = credited.balance();
                }
            }
            return Optional.ofNullable(balance);
        } catch (RuntimeException unreadable) {
            log.warn("Could not read the wallet balance of account {} after transaction {}", accountNumber,
                    transactionNumber, unreadable);
            return Optional.empty();
        }
    }
}
