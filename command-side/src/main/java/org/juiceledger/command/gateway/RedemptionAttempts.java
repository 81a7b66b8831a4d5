package org.juiceledger.command.gateway;

import org.juiceledger.platform.request.Channel;

/**
 * The limit on failed redemption attempts (PIN guessing through a gateway). The gateways ask it
 * before every attempt and tell it of every attempt a wrong PIN failed; it is kept in the database
 * by the guard package's FailedAttemptLimiter, per phone number (SMS) or caller id (IVR).
 */
public interface RedemptionAttempts {

    /** May this source try a PIN now? When not, the customer is told to try again later. */
    boolean mayTry(AttemptSource source);

    /** An attempt from this source failed: the PIN redeemed no card. */
    void failed(AttemptSource source);

    /**
     * Where an attempt comes from: the channel, the gateway's login, the customer's phone number
     * or caller id, and the meter or account number asked for.
     */
    record AttemptSource(Channel channel, String gateway, String caller, String target) {
    }
}
