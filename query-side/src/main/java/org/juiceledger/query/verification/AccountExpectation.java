package org.juiceledger.query.verification;

import org.juiceledger.kernel.account.AccountOpened;
import org.juiceledger.kernel.account.ArrearsMovement;
import org.juiceledger.kernel.account.MeterRegistered;
import org.juiceledger.kernel.account.StsMeterProfile;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionReversed;
import org.juiceledger.kernel.account.WalletCredited;
import org.juiceledger.kernel.account.WalletDebited;
import org.juiceledger.kernel.account.WalletOpened;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;

/**
 * Accounts, meters, transactions and wallet moves. Balances are not taken from the events: every
 * wallet move is written with its signed amount (and, apart, the balance the event states), and the
 * comparison sums them.
 */
final class AccountExpectation implements Expectation {

    private final ExpectedRows rows;

    AccountExpectation(ExpectedRows rows) {
        this.rows = rows;
    }

    @Override
    public void apply(ReplayedEvent event) {
        Object payload = event.payload();
        if (payload instanceof AccountOpened e) {
            rows.add(ExpectedTables.ACCOUNTS, e.accountNumber(), e.name(), e.phone(), e.email(), e.tariffId(),
                    event.timestamp(), event.whoOrUnknown());
        } else if (payload instanceof MeterRegistered e) {
            meter(event, e);
        } else if (payload instanceof TransactionRecorded e) {
            transaction(event, e);
        } else if (payload instanceof TransactionReversed e) {
            rows.add(ExpectedTables.REVERSALS, e.transactionNumber(), e.accountNumber(), e.reversalNumber(),
                    event.position());
        } else if (payload instanceof WalletOpened e) {
            // not a move: the balance it carries over must be what the moves before it add up to
            rows.add(ExpectedTables.WALLET_MOVES, e.accountNumber(), event.position(), 0L, BigDecimal.ZERO,
                    e.openingBalance().amount());
        } else if (payload instanceof WalletCredited e) {
            rows.add(ExpectedTables.WALLET_MOVES, e.accountNumber(), event.position(), e.transactionNumber(),
                    e.amount().amount(), e.balance().amount());
        } else if (payload instanceof WalletDebited e) {
            rows.add(ExpectedTables.WALLET_MOVES, e.accountNumber(), event.position(), e.transactionNumber(),
                    e.amount().amount().negate(), e.balance().amount());
        }
    }

    private void meter(ReplayedEvent event, MeterRegistered e) {
        StsMeterProfile sts = e.sts();
        rows.add(ExpectedTables.METERS, e.meterNumber(), event.position(), e.accountNumber(), e.kind().name(),
                sts == null ? null : sts.supplyGroupCode(), sts == null ? null : sts.tariffIndex(),
                sts == null ? null : sts.keyRevision(), sts == null ? null : sts.keyType(),
                sts == null ? null : sts.baseDate(), sts == null ? null : sts.algorithm(), event.timestamp());
    }

    private void transaction(ReplayedEvent event, TransactionRecorded t) {
        BigDecimal arrearsChange = BigDecimal.ZERO;
        for (ArrearsMovement movement : t.arrears()) {
            arrearsChange = arrearsChange.add(movement.change().amount());
        }
        rows.add(ExpectedTables.TRANSACTIONS, t.transactionNumber(), t.accountNumber(), event.timestamp(),
                t.type().label(), t.meterNumber(), t.token(), t.units(), t.unitType().label(),
                t.total().amount().subtract(t.arrearsAmount().amount()), t.arrearsAmount().amount(),
                t.total().amount(), t.walletChange().amount(), t.tender() == null ? null : t.tender().name(),
                amountOrNull(t.tendered()), amountOrNull(t.change()), event.whoOrUnknown(),
                event.channel() == null ? "unknown" : event.channel(), t.reversalOf(), t.counterparty(), t.note(),
                arrearsChange);
    }

    private static BigDecimal amountOrNull(Money money) {
        return money == null ? null : money.amount();
    }
}
