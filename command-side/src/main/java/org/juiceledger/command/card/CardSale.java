package org.juiceledger.command.card;

import org.juiceledger.kernel.Metadata;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.juiceledger.command.duties.SeparationOfDuties;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.card.CardSaleReversed;
import org.juiceledger.kernel.card.CardsSold;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.money.Money;
import org.juiceledger.platform.request.RequestOrigin;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One sale of cards (one transaction number): what was sold, for how much, and whether it was reversed. */
@Aggregate
public class CardSale {

    @AggregateIdentifier
    private String saleId;
    private long transactionNumber;
    private List<String> serials;
    private Money total;
    private Tender tender;
    private boolean reversed;
    private String seller;

    protected CardSale() {
    }

    CardSale(long transactionNumber, List<String> serials, Money total, String customer, Tender tender) {
        apply(new CardsSold(idOf(transactionNumber), transactionNumber, serials, total, customer, tender));
    }

    static String idOf(long transactionNumber) {
        return "SALE-" + transactionNumber;
    }

    /** Marks the sale reversed and returns the cards to put back into stock. */
    public List<String> reverse(long reversalNumber, String reason, String reverser, SeparationOfDuties duties) {
        if (reversed) {
            throw new DomainException(ErrorCode.TRANSACTION_ALREADY_REVERSED,
                    "Transaction " + transactionNumber + " was already reversed.");
        }
        duties.check(reverser, seller, "sold these cards");
        apply(new CardSaleReversed(saleId, transactionNumber, reversalNumber, serials, total, tender, reason));
        return serials;
    }

    @EventSourcingHandler
    void on(CardsSold event, @MetaDataValue(Metadata.WHO) String who) {
        seller = who;
        saleId = event.saleId();
        transactionNumber = event.transactionNumber();
        serials = event.serials();
        total = event.total();
        tender = event.tender();
    }

    @EventSourcingHandler
    void on(CardSaleReversed event) {
        reversed = true;
    }
}
