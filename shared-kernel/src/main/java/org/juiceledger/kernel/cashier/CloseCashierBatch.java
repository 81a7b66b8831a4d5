package org.juiceledger.kernel.cashier;

import org.juiceledger.kernel.money.Money;

/** Close a cashier's open batch, declaring the cash they hand over. */
public record CloseCashierBatch(String cashier, Money declaredCash) {
}
