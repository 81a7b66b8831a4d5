package org.juiceledger.command.gateway;

/** Redeem a card by phone, to a meter or to an account's wallet. The PIN is never shown or logged. */
public record RedeemByIvr(String pin, String meterNumber, String accountNumber) {

    @Override
    public String toString() {
        return "RedeemByIvr[pin=***, meterNumber=" + meterNumber + ", accountNumber=" + accountNumber + "]";
    }
}
