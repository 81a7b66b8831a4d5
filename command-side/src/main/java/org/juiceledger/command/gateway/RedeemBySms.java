package org.juiceledger.command.gateway;

/**
 * Redeem a card by text message: the reply is kept under the gateway's message id in the same
 * transaction. The PIN travels only in this command, never into an event, a reply or a log.
 */
public record RedeemBySms(String gateway, String messageId, String meterNumber, String pin) {

    @Override
    public String toString() {
        return "RedeemBySms[gateway=" + gateway + ", messageId=" + messageId + ", meterNumber=" + meterNumber
                + ", pin=***]";
    }
}
