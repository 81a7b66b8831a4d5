package org.juiceledger.command.gateway;

import org.axonframework.commandhandling.CommandExecutionException;
import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.kernel.error.ErrorKind;
import org.juiceledger.platform.web.ErrorDetails;

import java.util.Optional;

/**
 * What a gateway tells a customer about a refusal. Every refusal about the card itself (unknown
 * PIN, unsold, used long ago, void) is one and the same {@link #CARD}, so no answer tells a PIN
 * exists; only a card redeemed a moment ago is {@link #ALREADY_REDEEMED}, which tells nothing about
 * any card that still has value.
 */
public enum Refusal {
    /** The PIN does not redeem a card; nothing more is said. */
    CARD,
    /**
     * The card was redeemed a moment ago (within the guard window): the customer sent it twice or
     * lost a race for it. Not a failed attempt.
     */
    ALREADY_REDEEMED,
    METER_UNKNOWN,
    ACCOUNT_UNKNOWN,
    /** A good card that cannot go to this meter or account just now (too small, key change, ...). */
    NOT_POSSIBLE,
    TOO_MANY_ATTEMPTS,
    /** Someone changed the card or the account at the same moment: nothing happened, try again. */
    BUSY;

    public static Refusal of(ErrorCode code) {
        return switch (code) {
            case CARD_NOT_REDEEMABLE, CARD_NOT_FOUND -> CARD;
            case CARD_ALREADY_REDEEMED -> ALREADY_REDEEMED;
            case METER_NOT_FOUND -> METER_UNKNOWN;
            case ACCOUNT_NOT_FOUND -> ACCOUNT_UNKNOWN;
            case TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
            default -> NOT_POSSIBLE;
        };
    }

    /** The business refusal a failed command carries, if it was one (here or on another node). */
    public static Optional<ErrorCode> codeOf(Throwable failure) {
        if (failure instanceof DomainException domain) {
            return Optional.of(domain.code());
        }
        if (failure instanceof CommandExecutionException remote) {
            if (remote.getCause() instanceof DomainException domain) {
                return Optional.of(domain.code());
            }
            // a lost race carried across the bus is no refusal: the caller answers BUSY and keeps nothing
            return remote.getDetails().filter(ErrorDetails.class::isInstance).map(ErrorDetails.class::cast)
                    .map(ErrorDetails::code).filter(code -> !isTransient(code));
        }
        return Optional.empty();
    }

    private static boolean isTransient(ErrorCode code) {
        return code == ErrorCode.CONCURRENT_MODIFICATION || code.kind() == ErrorKind.UNAVAILABLE;
    }
}
