package org.juiceledger.query.account;

import jakarta.persistence.EntityManager;
import org.juiceledger.kernel.Metadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.query.projection.ProjectionNames;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Accounts with their balances, their meters and every transaction, from account and wallet events.
 * Rows change through the persistence context, not by bulk updates: a batch's inserts and updates
 * then go to the database in JDBC batches at its commit (a bulk update flushes everything before it,
 * one round trip per event), and an account read once per batch is not read again.
 */
@Component
@ProcessingGroup(AccountProjection.GROUP)
class AccountProjection {

    static final String GROUP = ProjectionNames.ACCOUNTS;
    private static final String UNKNOWN = "unknown";

    private final AccountViewRepository accounts;
    private final MeterViewRepository meters;
    private final TransactionViewRepository transactions;
    private final EntityManager entities;

    AccountProjection(AccountViewRepository accounts, MeterViewRepository meters, TransactionViewRepository transactions,
                      EntityManager entities) {
        this.accounts = accounts;
        this.meters = meters;
        this.transactions = transactions;
        this.entities = entities;
    }

    @EventHandler
    void on(AccountOpened event, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who) {
        accounts.save(new AccountView(event.accountNumber(), event.name(), event.phone(), event.email(),
                event.tariffId(), at, who == null ? UNKNOWN : who));
    }

    @EventHandler
    void on(MeterRegistered event, @Timestamp Instant at) {
        meters.save(new MeterView(event, at));
    }

    @EventHandler
    void on(TransactionRecorded event, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who,
            @MetaDataValue(Metadata.CHANNEL) String channel) {
        // persist, not save: save would first look the new row up (a SELECT per transaction).
        entities.persist(new TransactionView(event, at, who == null ? UNKNOWN : who, channel == null ? UNKNOWN : channel));
        Money arrearsChange = event.arrears().stream().map(ArrearsMovement::change).reduce(Money.ZERO, Money::plus);
        if (!arrearsChange.isZero()) {
            accounts.findById(event.accountNumber()).ifPresent(account -> account.addToArrears(arrearsChange.amount()));
        }
    }

    @EventHandler
    void on(TransactionReversed event) {
        transactions.findById(new TransactionView.Key(event.transactionNumber(), event.accountNumber()))
                .ifPresent(view -> view.reversedBy(event.reversalNumber()));
    }

    /** The balance a wallet carries over when it became an aggregate: what its account showed already. */
    @EventHandler
    void on(WalletOpened event) {
        walletBalance(event.accountNumber(), event.openingBalance());
    }

    @EventHandler
    void on(WalletCredited event) {
        walletBalance(event.accountNumber(), event.balance());
    }

    @EventHandler
    void on(WalletDebited event) {
        walletBalance(event.accountNumber(), event.balance());
    }

    @ResetHandler
    void reset() {
        transactions.deleteAllInBatch();
        meters.deleteAllInBatch();
        accounts.deleteAllInBatch();
    }

    /** Wallet events carry the balance after them: the newest one is the balance. */
    private void walletBalance(String accountNumber, Money balance) {
        accounts.findById(accountNumber).ifPresent(account -> account.walletBalance(balance.amount()));
    }
}
