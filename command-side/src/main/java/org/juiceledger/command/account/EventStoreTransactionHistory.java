package org.juiceledger.command.account;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.Metadata;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads a transaction from the event stream of the account it was recorded on, through Axon's event
 * store (either store), from the first event: reversals are rare, an account's stream is short
 * next to what every sale would pay to keep all its transactions in the aggregate.
 */
@Component
public class EventStoreTransactionHistory implements TransactionHistory {

    private final EventStore events;

    public EventStoreTransactionHistory(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<PastTransaction> find(String accountNumber, long transactionNumber) {
        DomainEventStream stream = events.readEvents(accountNumber, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (TransactionRecorded.class.equals(event.getPayloadType())) {
                TransactionRecorded recorded = (TransactionRecorded) event.getPayload();
                if (recorded.transactionNumber() == transactionNumber) {
                    Object who = event.getMetaData().get(Metadata.WHO);
                    return Optional.of(new PastTransaction(recorded, who == null ? null : who.toString()));
                }
            }
        }
        return Optional.empty();
    }
}
