package org.juiceledger.platform.transaction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.PessimisticLockingFailureException;

import java.sql.SQLException;
import java.util.List;

/**
 * Runs a command again, at once and on the same thread, when it lost a race for an aggregate (a
 * concurrent writer appended first, or a lock cycle) and nothing of it committed: the next try
 * decides on the state the winner left. Same thread, so a retry stays inside the request's
 * transaction. Bounded; what still conflicts after that is answered 409.
 */
public class ConflictRetry implements RetryScheduler {

    private static final int CAUSES_MAX = 20;
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";
    private final int retriesMax;

    public ConflictRetry(int retriesMax) {
        this.retriesMax = retriesMax;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() > retriesMax || !isConflict(lastFailure)) {
            return false;
        }
        commandDispatch.run();
        return true;
    }

    /** A lost race that a second try can win; creating what exists already is no race. */
    public static boolean isConflict(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CAUSES_MAX; depth++, cause = cause.getCause()) {
            if (cause instanceof AggregateStreamCreationException) {
                return false;
            }
            if (cause instanceof ConcurrencyException || cause instanceof DeadlockException
                    || cause instanceof PessimisticLockingFailureException || isLockCycle(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL broke a lock cycle between two nodes' transactions (crossed appends to the same
     * aggregates); Axon's JDBC event store passes it on untranslated, inside an EventStoreException.
     */
    private static boolean isLockCycle(Throwable cause) {
        return cause instanceof SQLException sql
                && (DEADLOCK_DETECTED.equals(sql.getSQLState()) || SERIALIZATION_FAILURE.equals(sql.getSQLState()));
    }
}
