package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/** Money left a wallet by a transaction; {@code balance} is the wallet's balance after it, never negative. */
@Revision("1")
public record WalletDebited(String accountNumber, long transactionNumber, Money amount, Money balance) implements AccountEvent {
}
