package org.juiceledger.kernel.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.juiceledger.kernel.money.Money;

/** Buy energy for an STS meter with money from the wallet (type Wallet); works like cash otherwise. */
public record PurchaseFromWallet(@TargetAggregateIdentifier String accountNumber, String meterNumber, Money amount) {
}
