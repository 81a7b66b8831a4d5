package org.juiceledger.command.account;

import org.juiceledger.kernel.account.TransactionRecorded;

import java.util.Optional;

/**
 * Where an account finds a transaction it recorded, and who recorded it, when a reversal needs it.
 * The Account aggregate does not keep its transactions: its state, cached and snapshotted, stays the
 * size of what its everyday decisions need, however long its history.
 */
@FunctionalInterface
public interface TransactionHistory {

    Optional<PastTransaction> find(String accountNumber, long transactionNumber);

    /** A transaction as it was recorded, with the user who made it (null if unknown). */
    record PastTransaction(TransactionRecorded transaction, String madeBy) {
    }
}
