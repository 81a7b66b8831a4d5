package org.juiceledger.command.notification;

import org.juiceledger.kernel.account.TransactionRecorded;

import java.time.Instant;

/**
 * A transaction as the account's events tell it: the recorded figures, when and by whom, whether a
 * Reversal undid it, and the account holder's name and contact details.
 *
 * @param reversedBy the Reversal that undid it, or null
 */
public record RecordedTransaction(String accountNumber, String name, String phone, String email,
                                  TransactionRecorded transaction, Instant recordedAt, String cashier,
                                  Long reversedBy) {
}
