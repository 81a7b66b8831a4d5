package org.juiceledger.standalone.testing;

import org.juiceledger.platform.testing.TestUsers;
import org.juiceledger.sts.DecodedToken;
import org.juiceledger.sts.StsMeter;
import org.juiceledger.sts.StsTokenEngine;
import org.juiceledger.sts.VendingKey;

import java.math.BigDecimal;

/** Reads a token the way the customer's meter would: for the meters {@link Desk} registers. */
public final class TokenDecoding {

    private static final StsTokenEngine ENGINE = new StsTokenEngine(VendingKey.ofHex(TestUsers.VENDING_KEY));

    private TokenDecoding() {
    }

    public static DecodedToken decode(String token, String drn) {
        return ENGINE.decode(new StsMeter(drn, "123457", "01", 1, 2, 2014, StsMeter.Algorithm.EA11), token);
    }

    /** The kWh a credit token carries, as the API writes it ("50.0"). */
    public static String kwh(String token, String drn) {
        return BigDecimal.valueOf(decode(token, drn).amountTenths(), 1).toPlainString();
    }
}
