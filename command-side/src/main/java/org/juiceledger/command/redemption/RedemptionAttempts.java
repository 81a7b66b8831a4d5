package org.juiceledger.command.redemption;

import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.request.Channel;

/**
 * The limit on failed redemption attempts (PIN guessing through a gateway or at the counter).
 * {@link GuardedRedemption} asks it before every attempt and tells it of every attempt a wrong PIN
 * failed; it is kept in the database by the guard package's FailedAttemptLimiter, per phone number
 * (SMS), caller id (IVR) or cashier, and per meter or account asked for.
 */
public interface RedemptionAttempts {

    /** May this source try a PIN now? When not, the customer is told to try again later. */
    boolean mayTry(AttemptSource source);

    /** An attempt from this source failed: the PIN redeemed no card. */
    void failed(AttemptSource source);

    /**
     * Where an attempt comes from: the channel, the gateway's (or cashier's) login, the customer's
     * phone number or caller id (the cashier's login at the counter), and the meter or account number
     * asked for.
     */
    record AttemptSource(Channel channel, String gateway, String caller, String target) {
    }

    /** The guard of one attempt from this source. */
    default AttemptGuard guard(AttemptSource source) {
        return new AttemptGuard() {
            @Override
            public boolean mayTry() {
                return RedemptionAttempts.this.mayTry(source);
            }

            @Override
            public void failed(ErrorCode code) {
                RedemptionAttempts.this.failed(source);
            }
        };
    }
}
