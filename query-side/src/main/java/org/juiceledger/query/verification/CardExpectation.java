package org.juiceledger.query.verification;

import org.juiceledger.kernel.card.CardActivated;
import org.juiceledger.kernel.card.CardActivationReversed;
import org.juiceledger.kernel.card.CardCustodyChanged;
import org.juiceledger.kernel.card.CardEvent;
import org.juiceledger.kernel.card.CardIssued;
import org.juiceledger.kernel.card.CardRedeemed;
import org.juiceledger.kernel.card.CardRedemptionReversed;
import org.juiceledger.kernel.card.CardRedemptionReversedToWallet;
import org.juiceledger.kernel.card.CardVoided;

import java.math.BigDecimal;

/**
 * Cards and their history. Each card event is written with the state it leads to and the fields it
 * sets; the comparison takes, per card, the newest value of each field. The history is one line per
 * event, in the card's own order.
 *
 * <p>A card is used once: a redemption reversed to a wallet ({@code CardRedemptionReversedToWallet})
 * changes neither its state nor its redemption, only its history and when it last changed. An old
 * {@code CardRedemptionReversed} keeps its meaning: the card is Activated again and unredeemed.
 */
final class CardExpectation implements Expectation {

    static final String ISSUED = "ISSUED";
    static final String CUSTODY = "CUSTODY";
    static final String SOLD = "SOLD";
    static final String UNSOLD = "UNSOLD";
    static final String REDEEMED = "REDEEMED";
    static final String UNREDEEMED = "UNREDEEMED";
    static final String REVERSED_TO_WALLET = "REVERSED_TO_WALLET";
    static final String VOIDED = "VOIDED";

    private final ExpectedRows rows;

    CardExpectation(ExpectedRows rows) {
        this.rows = rows;
    }

    @Override
    public void apply(ReplayedEvent event) {
        if (!(event.payload() instanceof CardEvent card)) {
            return;
        }
        String detail;
        if (card instanceof CardIssued e) {
            write(event, e.serial(), ISSUED, "AVAILABLE", e.batchId(), e.denomination().amount(), null, null, null, null, null);
            detail = "batch " + e.batchId() + ", " + e.denomination().amount().toPlainString();
        } else if (card instanceof CardCustodyChanged e) {
            write(event, e.serial(), CUSTODY, null, null, null, e.custodian(), null, null, null, null);
            detail = e.custodian() == null ? "back to stock" : "to " + e.custodian();
        } else if (card instanceof CardActivated e) {
            write(event, e.serial(), SOLD, "ACTIVATED", null, null, null, e.transactionNumber(), null, null, null);
            detail = "sold by transaction " + e.transactionNumber();
        } else if (card instanceof CardRedeemed e) {
            write(event, e.serial(), REDEEMED, "REDEEMED", null, null, null, null, e.transactionNumber(),
                    e.accountNumber(), e.meterNumber());
            detail = "transaction " + e.transactionNumber() + ", account " + e.accountNumber()
                    + (e.meterNumber() == null ? "" : ", meter " + e.meterNumber());
        } else if (card instanceof CardVoided e) {
            write(event, e.serial(), VOIDED, "VOID", null, null, null, null, null, null, null);
            detail = "was " + e.previousState() + ": " + e.reason();
        } else if (card instanceof CardActivationReversed e) {
            write(event, e.serial(), UNSOLD, "AVAILABLE", null, null, null, null, null, null, null);
            detail = "sale reversed by " + e.reversalNumber();
        } else if (card instanceof CardRedemptionReversed e) {
            write(event, e.serial(), UNREDEEMED, "ACTIVATED", null, null, null, null, null, null, null);
            detail = "redemption reversed by " + e.reversalNumber();
        } else if (card instanceof CardRedemptionReversedToWallet e) {
            write(event, e.serial(), REVERSED_TO_WALLET, null, null, null, null, null, null, null, null);
            detail = "redemption " + e.redemptionNumber() + " reversed by " + e.reversalNumber() + "; "
                    + e.denomination().amount().toPlainString() + " credited to the wallet of account "
                    + e.accountNumber();
        } else {
            return;
        }
        rows.add(ExpectedTables.CARD_HISTORY, card.serial(), event.position(), event.timestamp(), event.typeName(),
                detail, event.whoOrUnknown(), event.channel() == null ? "unknown" : event.channel());
    }

    private void write(ReplayedEvent event, String serial, String kind, String state, String batchId,
                       BigDecimal denomination, String custodian, Long saleNumber, Long redeemedBy,
                       String accountNumber, String meterNumber) {
        rows.add(ExpectedTables.CARD_EVENTS, serial, event.position(), kind, state, event.timestamp(), batchId,
                denomination, custodian, saleNumber, redeemedBy, accountNumber, meterNumber);
    }
}
