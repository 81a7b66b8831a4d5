package org.juiceledger.platform.transaction;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's transactions for everything but a command's unit of work: the event store's reads and
 * appends, the lookup tables' subscribing handlers, the processors' batches. Inside a transaction
 * already running (a command's) they simply take part in it: no savepoint, nothing to commit or
 * roll back of their own, a failure goes up to the unit of work that owns the transaction and
 * rolls it (or its savepoint) back. Outside one they run in a transaction of their own, as the
 * {@link JoiningTransactionManager} gives it.
 * <p>
 * A savepoint around each of the event store's statements cost two round trips apiece, ten for a
 * card redemption, and bought nothing: a failed statement fails the command.
 */
public class ParticipatingTransactionManager implements TransactionManager {

    private static final Transaction PARTICIPATING = new Transaction() {
        @Override
        public void commit() {
            // the transaction's owner commits
        }

        @Override
        public void rollback() {
            // the failure reaches the owner, which rolls back
        }
    };

    private final TransactionManager own;

    public ParticipatingTransactionManager(JoiningTransactionManager own) {
        this.own = own;
    }

    @Override
    public Transaction startTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? PARTICIPATING : own.startTransaction();
    }
}
