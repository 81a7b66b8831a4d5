package org.juiceledger.platform.transaction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;

import java.util.List;

/**
 * Runs a command again, at once and on the same thread, when it lost a race for an aggregate (a
 * concurrent writer appended first, or a lock cycle) and nothing of it committed: the next try
 * decides on the state the winner left. Same thread, so a retry stays inside the request's
 * transaction. Bounded; what still conflicts after that is answered 409.
 */
public class ConflictRetry implements RetryScheduler {

    private final int retriesMax;

    public ConflictRetry(int retriesMax) {
        this.retriesMax = retriesMax;
    }

    @Override
    @SuppressWarnings("rawtypes") // Axon's RetryScheduler declares a raw CommandMessage; CommandMessage<?> would not override it
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (failures.size() > retriesMax || !isConflict(lastFailure)) {
            return false;
        }
        commandDispatch.run();
        return true;
    }

    /** A lost race that a second try can win; creating what exists already is no race. */
    static boolean isConflict(Throwable failure) {
        return Causes.find(failure, AggregateStreamCreationException.class) == null
                && ConcurrentModification.isCause(failure);
    }
}
