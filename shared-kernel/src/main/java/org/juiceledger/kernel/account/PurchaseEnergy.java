package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.juiceledger.kernel.money.Money;

/** A cashier sells energy for a meter: arrears first by their percents, the rest buys energy. */
public record PurchaseEnergy(@TargetAggregateIdentifier String accountNumber, String meterNumber, Money amount, Tender tender, Money tendered) {
}
