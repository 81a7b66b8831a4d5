package org.juiceledger.command.account;

/** A supervisor's order to reverse transaction {@code transactionNumber} as Reversal {@code reversalNumber}. */
public record ReversalOrder(long transactionNumber, long reversalNumber, String reason, String reverser) {
}
