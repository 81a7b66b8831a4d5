package org.juiceledger.sts;

import java.time.Instant;

/**
 * What a token says once decrypted and checked: its class and subclass, when it was made (the
 * TID as a time), and its amount (tenths of a kWh, for class 0) or register value (class 2).
 */
public record DecodedToken(int tokenClass, int subclass, int rnd, int tid, Instant issuedAt, int field) {

    public long amountTenths() {
        if (tokenClass != 0) {
            throw new IllegalStateException("only a credit token carries an amount");
        }
        return TokenAmount.decode(field);
    }
}
