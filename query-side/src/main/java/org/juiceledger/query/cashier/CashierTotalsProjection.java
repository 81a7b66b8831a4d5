package org.juiceledger.query.cashier;

import org.juiceledger.kernel.Metadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.juiceledger.kernel.account.TransactionRecorded;
import org.juiceledger.kernel.account.TransactionType;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.cashier.CashierBatchClosed;
import org.juiceledger.query.projection.ProjectionNames;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What each cashier collected, tagged with the batch it fell in. Runs in one segment, in the order
 * of the event stream, so every amount lands in the batch that was open when it happened. A
 * reversal gives the amount back in the original cashier's current batch, as the drawer does.
 */
@Component
@ProcessingGroup(CashierTotalsProjection.GROUP)
class CashierTotalsProjection {

    static final String GROUP = ProjectionNames.CASHIER_TOTALS;
    static final String CARD_SALE = "Card sale";
    private final CashierActivityRepository activity;
    private final SettlementViewRepository settlements;

    CashierTotalsProjection(CashierActivityRepository activity, SettlementViewRepository settlements) {
        this.activity = activity;
        this.settlements = settlements;
    }

    @EventHandler
    void on(TransactionRecorded t, @MetaDataValue(Metadata.WHO) String who, @Timestamp Instant at) {
        switch (t.type().cashierTake()) {
            case TAKE_BACK -> giveBack(t.reversalOf(), t.transactionNumber(), at);
            case TENDER -> record(who, at, t.transactionNumber(), t.type().label(), t.tender().name(), t.total().amount());
            case SPECIAL, NOTHING -> {
                // cashier totals count tendered money only
            }
        }
    }

    @EventHandler
    void on(CardsSold sale, @MetaDataValue(Metadata.WHO) String who, @Timestamp Instant at) {
        record(who, at, sale.transactionNumber(), CARD_SALE, sale.tender().name(), sale.total().amount());
    }

    @EventHandler
    void on(CardSaleReversed reversal, @Timestamp Instant at) {
        giveBack(reversal.transactionNumber(), reversal.reversalNumber(), at);
    }

    @EventHandler
    void on(CashierBatchClosed closed, @Timestamp Instant at, @MetaDataValue(Metadata.WHO) String who) {
        settlements.save(new SettlementView(closed, at, who == null ? "unknown" : who));
    }

    @ResetHandler
    void reset() {
        activity.deleteAllInBatch();
        settlements.deleteAllInBatch();
    }

    private void record(String cashier, Instant at, long number, String type, String tender, BigDecimal amount) {
        activity.save(new CashierActivity(cashier, openBatch(cashier), at, number, type, tender, amount));
    }

    /** A reversal recorded on several accounts (a transfer) gives back once. */
    private void giveBack(long originalNumber, long reversalNumber, Instant at) {
        if (!activity.findByTransactionNumber(reversalNumber).isEmpty()) {
            return;
        }
        for (CashierActivity original : activity.findByTransactionNumber(originalNumber)) {
            record(original.getCashier(), at, reversalNumber, TransactionType.REVERSAL.label(), original.getTender(),
                    original.getAmount().negate());
        }
    }

    private long openBatch(String cashier) {
        return settlements.countByCashier(cashier) + 1;
    }
}
