package org.juiceledger.platform.transaction;

/**
 * The database did not confirm a commit (the connection broke while it committed): the request
 * may have taken effect or not. Answered 503 {@code COMMIT_OUTCOME_UNKNOWN}; a retry with the same
 * {@code Idempotency-Key} finds out and has its effect exactly once.
 */
public class CommitOutcomeUnknownException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommitOutcomeUnknownException(Throwable cause) {
        super("The commit was not confirmed", cause);
    }
}
