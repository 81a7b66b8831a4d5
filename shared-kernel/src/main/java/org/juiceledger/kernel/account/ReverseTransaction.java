package org.juiceledger.kernel.account;

/** Undo exactly what a transaction did, by a new Reversal transaction. */
public record ReverseTransaction(long transactionNumber, String reason) {
}
