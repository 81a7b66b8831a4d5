package org.juiceledger.kernel.error;

/**
 * The closed set of business error codes. Clients rely on these names: add new ones freely,
 * never rename or reuse one. Every code is thrown somewhere and listed in docs/api.md
 * (ErrorCodeCatalogueTest); retired, never thrown: ACCOUNT_ALREADY_EXISTS, ACCOUNT_CLOSED,
 * CARD_NOT_ACTIVATED, CARD_NOT_IN_CUSTODY.
 */
public enum ErrorCode {
    MALFORMED_REQUEST(ErrorKind.INVALID),
    VALIDATION_FAILED(ErrorKind.INVALID),
    WEAK_PASSWORD(ErrorKind.INVALID),
    IDEMPOTENCY_KEY_INVALID(ErrorKind.INVALID),
    /** A PIN as typed is not 12-24 letters and digits (Pin's rule): fix the typing, nothing was tried. */
    PIN_MALFORMED(ErrorKind.INVALID),
    /** A batch asked for a PIN length outside 12-24, or 20 digits (an STS token's length). */
    PIN_LENGTH_NOT_ALLOWED(ErrorKind.INVALID),
    /** A serial range is longer than one command may touch: split it. */
    RANGE_TOO_LARGE(ErrorKind.INVALID),
    /** A void, a reversal or an adjustment was sent without a reason. */
    REASON_REQUIRED(ErrorKind.INVALID),

    NOT_FOUND(ErrorKind.NOT_FOUND),
    TARIFF_NOT_FOUND(ErrorKind.NOT_FOUND),
    ACCOUNT_NOT_FOUND(ErrorKind.NOT_FOUND),
    METER_NOT_FOUND(ErrorKind.NOT_FOUND),
    TRANSACTION_NOT_FOUND(ErrorKind.NOT_FOUND),
    CARD_NOT_FOUND(ErrorKind.NOT_FOUND),
    PROJECTION_NOT_FOUND(ErrorKind.NOT_FOUND),
    DEAD_LETTER_NOT_FOUND(ErrorKind.NOT_FOUND),
    VERIFICATION_NOT_FOUND(ErrorKind.NOT_FOUND),
    USER_NOT_FOUND(ErrorKind.NOT_FOUND),

    TARIFF_VERSION_OUTDATED(ErrorKind.CONFLICT),
    USER_ALREADY_EXISTS(ErrorKind.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    /** A keyed request whose first attempt took effect (its events are stored) but whose answer was lost in a failure. */
    OUTCOME_RECOVERED(ErrorKind.CONFLICT),
    ALREADY_EXISTS(ErrorKind.CONFLICT),
    METER_ALREADY_REGISTERED(ErrorKind.CONFLICT),
    TRANSACTION_ALREADY_REVERSED(ErrorKind.CONFLICT),
    REVERSAL_NOT_REVERSIBLE(ErrorKind.CONFLICT),
    REQUEST_IN_PROGRESS(ErrorKind.CONFLICT),
    CARDS_NOT_AVAILABLE(ErrorKind.CONFLICT),
    CARD_TOTAL_MISMATCH(ErrorKind.CONFLICT),
    CARD_STATE_CONFLICT(ErrorKind.CONFLICT),
    VERIFICATION_RUNNING(ErrorKind.CONFLICT),

    INSUFFICIENT_WALLET_BALANCE(ErrorKind.REFUSED),
    ARREARS_EXCEEDED(ErrorKind.REFUSED),
    METER_KIND_MISMATCH(ErrorKind.REFUSED),
    AMOUNT_TOO_SMALL(ErrorKind.REFUSED),
    TOKEN_AMOUNT_TOO_LARGE(ErrorKind.REFUSED),
    METER_NEEDS_KEY_CHANGE(ErrorKind.REFUSED),
    TRANSFER_TO_SAME_ACCOUNT(ErrorKind.REFUSED),
    LIMIT_REACHED(ErrorKind.REFUSED),
    SEPARATION_OF_DUTIES(ErrorKind.REFUSED),
    IDEMPOTENCY_KEY_REUSED(ErrorKind.REFUSED),
    CARD_NOT_REDEEMABLE(ErrorKind.REFUSED),
    /**
     * The PIN is that of a card redeemed a moment ago: a duplicate or a lost race, not a guess. A
     * refusal (422) like every other refused PIN, as the REST contract has it, with a code of its own.
     */
    CARD_ALREADY_REDEEMED(ErrorKind.REFUSED),
    PIN_SPACE_TOO_SMALL(ErrorKind.REFUSED),
    NO_RECIPIENT(ErrorKind.REFUSED),
    /** An admin may not disable themself nor take their own ADMIN role away (no one could undo it). */
    SELF_LOCKOUT(ErrorKind.REFUSED),

    GONE(ErrorKind.GONE),
    PRINT_FILE_GONE(ErrorKind.GONE),
    TOO_MANY_ATTEMPTS(ErrorKind.TOO_MANY_ATTEMPTS),

    /** A console download while a projection it reads trails the event store: try again in a moment. */
    PROJECTION_STALE(ErrorKind.UNAVAILABLE),
    /** The database cannot be reached: nothing was done; retry after Retry-After. */
    DATABASE_UNAVAILABLE(ErrorKind.UNAVAILABLE),
    /** The request ran past its time limit and was undone: nothing was done; retry after Retry-After. */
    TIMED_OUT(ErrorKind.UNAVAILABLE),
    /** The connection broke while the request committed: it may or may not have taken effect; retry with the same Idempotency-Key. */
    COMMIT_OUTCOME_UNKNOWN(ErrorKind.UNAVAILABLE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
