package org.juiceledger.command.notification;

import org.juiceledger.kernel.Metadata;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.juiceledger.command.account.AccountLookups;
import org.juiceledger.command.account.AccountLookups.TransactionOwner;
import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.platform.request.RequestOrigin;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Finds a transaction in the event stream of the account it was recorded on: the same events the
 * Account aggregate is built from, read from the first one (never from a snapshot), because the
 * aggregate keeps neither the time of a transaction, nor who made it, nor the holder's contact
 * details. Which account: the command side's transaction index ({@link AccountLookups}), never a
 * projection.
 */
@Component
class RecordedTransactions {

    private static final String OPENED = AccountOpened.class.getName();
    private static final String RECORDED = TransactionRecorded.class.getName();
    private static final String REVERSED = TransactionReversed.class.getName();

    private final EventStore events;
    private final AccountLookups lookups;

    RecordedTransactions(EventStore events, AccountLookups lookups) {
        this.events = events;
        this.lookups = lookups;
    }

    /** The account a transaction was recorded on; the first in number order for a transfer or adjustment. */
    Optional<String> accountOf(long transactionNumber) {
        return lookups.ownersOfTransaction(transactionNumber).stream()
                .filter(owner -> owner.kind() == TransactionOwner.Kind.ACCOUNT)
                .map(TransactionOwner::id)
                .findFirst();
    }

    Optional<RecordedTransaction> find(String accountNumber, long transactionNumber) {
        String name = null;
        String phone = null;
        String email = null;
        TransactionRecorded transaction = null;
        Instant recordedAt = null;
        String cashier = null;
        Long reversedBy = null;
        DomainEventStream stream = events.readEvents(accountNumber, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            String type = event.getPayloadType().getName();
            if (type.equals(OPENED)) {
                AccountOpened opened = (AccountOpened) event.getPayload();
                name = opened.name();
                phone = opened.phone();
                email = opened.email();
            } else if (type.equals(RECORDED) && transaction == null) {
                TransactionRecorded recorded = (TransactionRecorded) event.getPayload();
                if (recorded.transactionNumber() == transactionNumber) {
                    transaction = recorded;
                    recordedAt = event.getTimestamp();
                    Object who = event.getMetaData().get(Metadata.WHO);
                    cashier = who == null ? null : who.toString();
                }
            } else if (type.equals(REVERSED)) {
                TransactionReversed reversed = (TransactionReversed) event.getPayload();
                if (reversed.transactionNumber() == transactionNumber) {
                    reversedBy = reversed.reversalNumber();
                }
            }
        }
        if (transaction == null) {
            return Optional.empty();
        }
        return Optional.of(new RecordedTransaction(accountNumber, name, phone, email, transaction, recordedAt, cashier,
                reversedBy));
    }
}
