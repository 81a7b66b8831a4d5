package org.juiceledger.command.cashier;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.kernel.money.Money;

import java.time.Instant;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A cashier's settlements, one per closed batch, numbered in order. */
@Aggregate
public class CashierDrawer {

    @AggregateIdentifier
    private String drawerId;
    private long batchesClosed;

    public CashierDrawer() {
    }

    static String idOf(String cashier) {
        return "DRAWER-" + cashier;
    }

    CashierBatchClosed close(String cashier, long batchNumber, Instant openedAt, Map<String, Money> expected,
                             Money declaredCash) {
        Money overShort = declaredCash.minus(expected.getOrDefault("CASH", Money.ZERO));
        CashierBatchClosed closed = new CashierBatchClosed(cashier, Math.max(batchNumber, batchesClosed + 1),
                openedAt, expected, declaredCash, overShort);
        apply(closed);
        return closed;
    }

    @EventSourcingHandler
    void on(CashierBatchClosed event) {
        drawerId = idOf(event.cashier());
        batchesClosed = event.batchNumber();
    }
}
