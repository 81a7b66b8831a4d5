package org.juiceledger.platform.idempotency;

import org.juiceledger.kernel.error.DomainException;

import java.util.Optional;

/**
 * What an earlier attempt under a key may have left unsettled, looked at once a retry holds the
 * key and before it runs. With the JDBC event store nothing can be: the key's record commits with
 * the events. With Axon Server the events may be stored while the record was lost.
 */
public interface EarlierAttempts {

    /** Nothing to settle: the retry runs. */
    EarlierAttempts NONE = (login, key) -> Optional.empty();

    /**
     * Settles the earlier attempt inside the retry's transaction. Empty: it left nothing, run the
     * retry. Otherwise the answer instead of running it: a conflict is kept for further retries
     * (it committed with the settlement), an unavailable one is not.
     */
    Optional<DomainException> settle(String login, String key);

    /** The request ran and its answer is about to be kept, in its transaction: nothing of it stays unsettled. */
    default void answered(String login, String key) {
    }
}
