package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.juiceledger.kernel.money.Money;

/** Remove debt from an account's arrears, oldest first, with a reason. */
public record WriteOffArrears(@TargetAggregateIdentifier String accountNumber, Money amount, String reason) {
}
