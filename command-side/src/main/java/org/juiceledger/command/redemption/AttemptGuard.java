package org.juiceledger.command.redemption;

import org.juiceledger.kernel.error.ErrorCode;

/**
 * The limit on one redemption attempt, as {@link GuardedRedemption} uses it: asked before, told
 * after. The channels differ only in where they count (a source's failures in the database, or
 * the web page's attempt claimed before its input was read).
 */
public interface AttemptGuard {

    /** May this attempt go ahead? */
    boolean mayTry();

    /** The PIN redeemed no card: a failed attempt. */
    void failed(ErrorCode code);

    /** Refused for another reason (an unknown meter, a card redeemed a moment ago ...): not counted. */
    default void refused(ErrorCode code) {
    }

    /** The card was redeemed. */
    default void succeeded() {
    }

    /** Nothing was decided (a lost race, an outage, a defect): neither counted nor kept. */
    default void abandoned() {
    }
}
