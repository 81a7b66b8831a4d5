package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;
import org.juiceledger.kernel.money.Money;

/**
 * An account's wallet became an aggregate of its own, holding {@code openingBalance}: zero for a new
 * account, or what the account's own stream last said it held (stores written before the Wallet
 * aggregate kept the wallet's moves in the account's stream). Not a move: no money changes hands.
 */
@Revision("1")
public record WalletOpened(String accountNumber, Money openingBalance) implements AccountEvent {
}
