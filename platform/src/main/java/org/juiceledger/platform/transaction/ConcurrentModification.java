package org.juiceledger.platform.transaction;

import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Recognises a failure that only says "someone else changed the same thing at that moment":
 * two appends to one aggregate (Axon's {@link ConcurrencyException}), a lock Axon could not take
 * or a lock cycle it broke ({@link LockAcquisitionFailedException}, the parent of its
 * {@code DeadlockException}, which is not a ConcurrencyException), or a row lock the database gave
 * up on. Nothing was changed; the same request may simply be sent again.
 */
public final class ConcurrentModification {

    private ConcurrentModification() {
    }

    /** Whether the failure, or one of its causes (a command's failure arrives wrapped), is such a conflict. */
    public static boolean isCause(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ConcurrencyException
                || cause instanceof LockAcquisitionFailedException || cause instanceof PessimisticLockingFailureException);
    }
}
