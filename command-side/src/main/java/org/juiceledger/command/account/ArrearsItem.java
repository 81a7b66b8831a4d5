package org.juiceledger.command.account;

import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;

/** One debt on an account: what is still owed, how much of each payment it collects, who created it. */
record ArrearsItem(String itemId, Money balance, BigDecimal collectionPercent, String openedBy) {

    ArrearsItem(String itemId, Money balance, BigDecimal collectionPercent) {
        this(itemId, balance, collectionPercent, null);
    }

    ArrearsItem changedBy(Money change) {
        return new ArrearsItem(itemId, balance.plus(change), collectionPercent, openedBy);
    }
}
