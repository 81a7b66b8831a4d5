package org.juiceledger.platform.idempotency;

import jakarta.servlet.ServletException;
import org.juiceledger.platform.transaction.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.io.IOException;

/**
 * One keyed request in one database transaction: its claim on the key, whatever the request
 * writes (its commands join this transaction, see JoiningTransactionManager) and its kept
 * response commit together, or none of them do.
 */
class KeyedTransaction {

    /** What came of running a keyed request. */
    enum Outcome {
        /** Send the response the request produced (committed with its key, or rolled back and not kept). */
        ANSWER,
        /** An earlier request under the key committed first: answer with what it kept. */
        ANSWERED_BEFORE,
        /** The connection broke during the commit: whether it took effect is not known. */
        OUTCOME_UNKNOWN
    }

    /** The request itself, run inside the transaction; says what response it produced. */
    interface Request {
        KeptResponse run() throws ServletException, IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(KeyedTransaction.class);
    private static final TransactionDefinition OWN_TRANSACTION =
            new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    private final PlatformTransactionManager transactions;
    private final IdempotencyStore store;

    KeyedTransaction(PlatformTransactionManager transactions, IdempotencyStore store) {
        this.transactions = transactions;
        this.store = store;
    }

    Outcome run(KeyedRequest keyed, Request request) throws ServletException, IOException {
        TransactionStatus transaction = transactions.getTransaction(OWN_TRANSACTION);
        KeptResponse response;
        try {
            if (!store.claim(keyed.login(), keyed.key(), keyed.requestHash())) {
                rollbackQuietly(transaction);
                return Outcome.ANSWERED_BEFORE;
            }
            response = runNamed(keyed, request);
            if (!response.worthKeeping() || transaction.isRollbackOnly()) {
                rollbackQuietly(transaction);
                keepRefusalOf(keyed, response);
                return Outcome.ANSWER;
            }
            store.complete(keyed.login(), keyed.key(), response.status(), response.contentType(), response.body());
        } catch (ServletException | IOException | RuntimeException | Error failure) {
            rollbackQuietly(transaction);
            throw failure;
        }
        return commit(transaction);
    }

    private static KeptResponse runNamed(KeyedRequest keyed, Request request) throws ServletException, IOException {
        KeyedRequests.runningNow(keyed);
        try {
            return request.run();
        } finally {
            KeyedRequests.finished();
        }
    }

    private Outcome commit(TransactionStatus transaction) {
        try {
            transactions.commit(transaction);
            return Outcome.ANSWER;
        } catch (RuntimeException failure) {
            if (DatabaseFailures.isUnavailable(failure)) {
                return Outcome.OUTCOME_UNKNOWN;
            }
            throw failure;
        }
    }

    /** A refusal whose transaction could not commit is kept on its own, so its retry is refused the same way. */
    private void keepRefusalOf(KeyedRequest keyed, KeptResponse response) {
        if (!response.worthKeeping()) {
            return;
        }
        if (response.status() < 400) {
            throw new IllegalStateException("A keyed request answered " + response.status()
                    + " although its transaction was marked to roll back");
        }
        store.keepAnswer(keyed.login(), keyed.key(), keyed.requestHash(), response.status(),
                response.contentType(), response.body());
    }

    /** A rollback that fails (the connection is gone) has rolled back all the same. */
    private void rollbackQuietly(TransactionStatus transaction) {
        if (transaction.isCompleted()) {
            return;
        }
        try {
            transactions.rollback(transaction);
        } catch (RuntimeException e) {
            log.warn("Could not roll back a keyed request's transaction: {}", e.toString());
        }
    }
}
