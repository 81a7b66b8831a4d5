package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.juiceledger.kernel.money.Money;

import java.math.BigDecimal;

/** Create a new debt on an account, collected at {@code collectionPercent} of each payment. */
public record ChargeArrears(@TargetAggregateIdentifier String accountNumber, Money amount, BigDecimal collectionPercent, String description) {
}
