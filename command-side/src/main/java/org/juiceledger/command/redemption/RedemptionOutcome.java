package org.juiceledger.command.redemption;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;

import java.util.function.Function;

/**
 * What one guarded redemption came to: redeemed (with what the command answered), or refused with
 * a code. Closed: a channel formats one or the other, and {@link #fold} makes it say both.
 */
public sealed interface RedemptionOutcome<R> {

    <T> T fold(Function<? super R, ? extends T> redeemed, Function<Refused<R>, ? extends T> refused);

    /** What the command answered, or the refusal thrown as the API answers it. */
    default R orThrow() {
        return fold(result -> result, refused -> {
            throw refused.refusal();
        });
    }

    /**
     * The one rule of what counts as a failed attempt on every channel: the PIN redeemed no card
     * (unknown, unsold, used long ago, void). These refusals read alike, so no answer tells that a
     * PIN exists.
     */
    static boolean pinRedeemedNothing(ErrorCode code) {
        return code == ErrorCode.CARD_NOT_REDEEMABLE || code == ErrorCode.CARD_NOT_FOUND;
    }

    record Redeemed<R>(R result) implements RedemptionOutcome<R> {
        @Override
        public <T> T fold(Function<? super R, ? extends T> redeemed, Function<Refused<R>, ? extends T> refused) {
            return redeemed.apply(result);
        }
    }

    record Refused<R>(DomainException refusal) implements RedemptionOutcome<R> {

        public ErrorCode code() {
            return refusal.code();
        }

        public boolean pinRedeemedNothing() {
            return RedemptionOutcome.pinRedeemedNothing(code());
        }

        /** Someone changed the card or the account at the same moment: nothing happened, try again. */
        public boolean busy() {
            return code() == ErrorCode.CONCURRENT_MODIFICATION;
        }

        @Override
        public <T> T fold(Function<? super R, ? extends T> redeemed, Function<Refused<R>, ? extends T> refused) {
            return refused.apply(this);
        }
    }
}
