package org.juiceledger.command.account;

import org.juiceledger.command.duties.SeparationOfDuties;
import org.springframework.stereotype.Component;

/**
 * What an account needs from outside to reverse a transaction: who may reverse it, the original as
 * the events recorded it, and the account's wallet.
 */
@Component
public record Reversing(SeparationOfDuties duties, TransactionHistory history, Wallets wallets) {
}
