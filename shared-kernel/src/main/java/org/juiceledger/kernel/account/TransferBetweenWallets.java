package org.juiceledger.kernel.account;

import org.juiceledger.kernel.money.Money;

/** Move money from one account's wallet to another active account's wallet. */
public record TransferBetweenWallets(String fromAccount, String toAccount, Money amount) {
}
