package org.juiceledger.kernel.account;

import java.time.Instant;

/** What a transaction command answers: the transaction as recorded on the (first) account it touched. */
public record TransactionResult(TransactionRecorded transaction, Instant recordedAt, String cashier) {
}
