package org.juiceledger.kernel.card;

/**
 * Redeem a card by its PIN to a meter (energy) or an account's wallet. The PIN travels only in
 * this command, never into an event or a log.
 */
public record RedeemCard(String pin, String meterNumber, String accountNumber) {

    @Override
    public String toString() {
        return "RedeemCard[pin=***, meterNumber=" + meterNumber + ", accountNumber=" + accountNumber + "]";
    }
}
