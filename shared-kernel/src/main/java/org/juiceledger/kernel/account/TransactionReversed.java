package org.juiceledger.kernel.account;

import org.axonframework.serialization.Revision;

/** A transaction on this account was reversed by the Reversal transaction {@code reversalNumber}. */
@Revision("1")
public record TransactionReversed(String accountNumber, long transactionNumber, long reversalNumber, String reason) implements AccountEvent {
}
