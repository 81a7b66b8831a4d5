package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/** Money went into a wallet by a transaction; {@code balance} is the wallet's balance after it. */
@Revision("1")
public record WalletCredited(String accountNumber, long transactionNumber, Money amount, Money balance) implements AccountEvent {
}
