package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.money.Money;

import java.util.List;

/** A card sale was reversed by {@code reversalNumber}: the money went back and the cards are Available again. */
@Revision("1")
public record CardSaleReversed(String saleId, long transactionNumber, long reversalNumber, List<String> serials,
                               Money total, Tender tender, String reason) {

    public CardSaleReversed {
        serials = List.copyOf(serials);
    }
}
