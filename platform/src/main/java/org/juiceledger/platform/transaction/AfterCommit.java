package org.juiceledger.platform.transaction;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Work that must follow a commit: what a rollback takes back must not have happened. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs the action once the running transaction has committed (never if it rolls back), or at once without one. */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
