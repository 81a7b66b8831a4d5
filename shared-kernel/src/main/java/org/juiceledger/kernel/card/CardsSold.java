package org.juiceledger.kernel.card;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.money.Money;

import java.util.List;

/** Cards were sold (activated) in one sale transaction: the cashier received {@code total}. */
@Revision("1")
public record CardsSold(String saleId, long transactionNumber, List<String> serials, Money total,
                        String customer, Tender tender) {

    public CardsSold {
        serials = List.copyOf(serials);
    }
}
