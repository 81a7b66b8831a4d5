package org.juiceledger.command.gateway;

import org.juiceledger.command.redemption.RedemptionOutcome;
import org.juiceledger.kernel.error.ErrorCode;

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

    /** What to tell the customer of a refusal with this code. */
    public static Refusal of(ErrorCode code) {
        if (RedemptionOutcome.pinRedeemedNothing(code)) {
            return CARD;
        }
        return switch (code) {
            case CARD_ALREADY_REDEEMED -> ALREADY_REDEEMED;
            case METER_NOT_FOUND -> METER_UNKNOWN;
            case ACCOUNT_NOT_FOUND -> ACCOUNT_UNKNOWN;
            case TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
            case CONCURRENT_MODIFICATION -> BUSY;
            default -> NOT_POSSIBLE;
        };
    }
}
