package org.juiceledger.sts;

import java.time.Instant;

/**
 * A token just issued: the 20 digits to give the customer, its TID and the minute it stands for,
 * and what it carries ({@code field}: the amount code of a credit token, the register value of a
 * management token).
 */
public record TokenResult(String token, int tokenClass, int subclass, int tid, Instant issuedAt, int field) {

    /** The tenths of a kWh a credit token carries. */
    public long amountTenths() {
        if (tokenClass != StsTokenEngine.CLASS_CREDIT) {
            throw new IllegalStateException("only a credit token carries an amount");
        }
        return TokenAmount.decode(field);
    }
}
