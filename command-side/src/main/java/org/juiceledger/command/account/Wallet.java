package org.juiceledger.command.account;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.command.config.SnapshotConfiguration;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An account's wallet: its balance never goes below zero, and every move states the balance after
 * it. Moved only together with its account, in the account's unit of work and after the account is
 * locked ({@link Wallets}), so the two decide one payment against the same state.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.ACCOUNT_SNAPSHOTS, cache = AccountCache.BEAN)
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Wallet {

    @AggregateIdentifier
    private String walletId;
    private String accountNumber;
    private Money balance;

    protected Wallet() {
    }

    static String idOf(String accountNumber) {
        return "WALLET-" + accountNumber;
    }

    boolean isOpen() {
        return walletId != null;
    }

    void open(String accountNumber, Money openingBalance) {
        apply(new WalletOpened(accountNumber, openingBalance));
    }

    /** Refuses, before anything is applied, a change that would take the balance below zero. */
    void requireAllows(Money change) {
        if (change.isNegative() && balance.compareTo(change.negated()) < 0) {
            throw new DomainException(ErrorCode.INSUFFICIENT_WALLET_BALANCE, "The wallet of account " + accountNumber
                    + " holds " + balance + "; " + change.negated() + " is more than that.");
        }
    }

    /** Moves the balance by {@code change} for transaction {@code transactionNumber}. */
    void move(long transactionNumber, Money change) {
        requireAllows(change);
        if (change.isPositive()) {
            apply(new WalletCredited(accountNumber, transactionNumber, change, balance.plus(change)));
        } else if (change.isNegative()) {
            apply(new WalletDebited(accountNumber, transactionNumber, change.negated(), balance.plus(change)));
        }
    }

    Money balance() {
        return balance;
    }

    @EventSourcingHandler
    void on(WalletOpened event) {
        walletId = idOf(event.accountNumber());
        accountNumber = event.accountNumber();
        balance = event.openingBalance();
    }

    @EventSourcingHandler
    void on(WalletCredited event) {
        balance = event.balance();
    }

    @EventSourcingHandler
    void on(WalletDebited event) {
        balance = event.balance();
    }
}
