package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.juiceledger.kernel.money.Money;

/** A cashier applies a payment directly to an account's arrears, oldest first. */
public record PayArrears(@TargetAggregateIdentifier String accountNumber, Money amount, Tender tender) {
}
