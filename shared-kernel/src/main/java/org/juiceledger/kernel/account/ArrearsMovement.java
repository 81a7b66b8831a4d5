package org.juiceledger.kernel.account;

import org.juiceledger.kernel.money.Money;

/** A change in one arrears item's balance: positive adds debt, negative pays or writes it off. */
public record ArrearsMovement(String itemId, Money change) {
}
