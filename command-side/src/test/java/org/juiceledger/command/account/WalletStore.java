package org.juiceledger.command.account;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.money.Money;

import java.util.List;

/**
 * The wallets of the account fixture tests: the real {@link Wallet} aggregate in Axon's in-memory
 * event store, loaded through {@link Wallets} by the account in the fixture's unit of work, so its
 * events are stored when that unit of work commits and not at all when it rolls back.
 */
final class WalletStore {

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final Wallets wallets = new Wallets(EventSourcingRepository.builder(Wallet.class).eventStore(events).build());

    /** A wallet opened empty and credited {@code amount} by transaction {@code number}. */
    void holding(String accountNumber, long number, String amount) {
        append(accountNumber, new WalletOpened(accountNumber, Money.ZERO),
                new WalletCredited(accountNumber, number, Money.of(amount), Money.of(amount)));
    }

    /** Stores these events at the end of the account's wallet stream, as earlier commands did. */
    void append(String accountNumber, Object... payloads) {
        String id = Wallet.idOf(accountNumber);
        long next = events.lastSequenceNumberFor(id).map(last -> last + 1).orElse(0L);
        for (Object payload : payloads) {
            events.publish(new GenericDomainEventMessage<>("Wallet", id, next++, payload));
        }
    }

    /** Every event of the account's wallet, oldest first. */
    List<Object> of(String accountNumber) {
        return events.readEvents(Wallet.idOf(accountNumber)).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
