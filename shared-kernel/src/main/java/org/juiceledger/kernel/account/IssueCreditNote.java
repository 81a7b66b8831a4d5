package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.juiceledger.kernel.money.Money;

/** A supervisor credits a wallet without payment (type Credit), with a note saying why. */
public record IssueCreditNote(@TargetAggregateIdentifier String accountNumber, Money amount, String note) {
}
