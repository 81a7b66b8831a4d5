package org.juiceledger.sts;

import java.util.random.RandomGenerator;

/** The STS 531-1 conformance inputs of shared docs/sts.md, and helpers shared by the tests. */
final class Conformance {

    static final VendingKey KEY_160 = VendingKey.ofHex("abababababababab949494949494949401234567");
    static final VendingKey KEY_64 = VendingKey.ofHex("abababababababab");
    static final String DRN = "00000000000";
    static final StsMeter EA11_METER = new StsMeter(DRN, "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);
    static final StsMeter EA07_METER = new StsMeter(DRN, "123456", "01", 1, 2, 1993, StsMeter.Algorithm.EA07);
    /** Made-up EA07 tables; NOT the STA tables. */
    static final Ea07Tables SYNTHETIC_TABLES = SyntheticEa07Tables.random(2026);

    private Conformance() {
    }

    /** A "random" source that always draws {@code rnd}, for reproducible tokens. */
    static RandomGenerator fixedRnd(int rnd) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return rnd;
            }

            @Override
            public int nextInt(int bound) {
                return rnd;
            }
        };
    }
}
