package org.juiceledger.kernel.account;

import org.juiceledger.kernel.money.Money;

/** One account's part of an adjustment: a signed change of its wallet or its arrears. */
public record AdjustmentLine(String accountNumber, AdjustmentTarget target, Money amount) {
}
