package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.juiceledger.kernel.money.Money;

/** A cashier puts money the customer paid into the account's wallet. */
public record DepositToWallet(@TargetAggregateIdentifier String accountNumber, Money amount, Tender tender) {
}
