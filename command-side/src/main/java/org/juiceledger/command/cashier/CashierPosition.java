package org.juiceledger.command.cashier;

import org.juiceledger.kernel.account.Tender;
import org.juiceledger.kernel.money.Money;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A cashier's open batch: its number, when it opened, what it collected per tender, what they owe. */
public record CashierPosition(String cashier, long batchNumber, Instant openedAt, Money owed, Money specialUsed,
                              Map<Tender, Money> collected) {

    public CashierPosition {
        collected = Map.copyOf(collected);
    }

    static CashierPosition empty(String cashier, Instant now) {
        Map<Tender, Money> none = new EnumMap<>(Tender.class);
        for (Tender tender : Tender.values()) {
            none.put(tender, Money.ZERO);
        }
        return new CashierPosition(cashier, 1, now, Money.ZERO, Money.ZERO, none);
    }

    public Money collected(Tender tender) {
        return collected.getOrDefault(tender, Money.ZERO);
    }
}
