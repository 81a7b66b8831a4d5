package org.juiceledger.sts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Build then decode gives back what went in, for random amounts, TIDs, meters and 160-bit and
 * 64-bit vending keys, under EA11 and EA07 (EA07 with synthetic tables, not the licensed ones);
 * and an exhaustive sweep over the amount encoding's boundaries for every class and subclass the
 * engine builds.
 */
class TokenRoundTripPropertyTest {

    /** Made-up tables for the test; the real STA tables are never in the repository. */
    private static final Ea07Tables SYNTHETIC = SyntheticEa07Tables.random(20261122);

    /** 0.1, 1638.3, 1638.4, 18021.4 and 18022.4 kWh, in tenths. */
    private static final long[] BOUNDARIES = {1, 16383, 16384, 180214, 180224};

    /** A vending key and a meter whose algorithm that key can serve. */
    record Setup(VendingKey key, StsMeter meter) {
        StsTokenEngine engine() {
            return new StsTokenEngine(key, SYNTHETIC);
        }
    }

    /** What the engine builds: class 0 electricity, class 2 set power, clear credit, clear tamper. */
    enum Kind {
        CREDIT(0, StsTokenEngine.SUBCLASS_ELECTRICITY),
        SET_MAX_POWER(2, StsTokenEngine.SUBCLASS_SET_MAX_POWER),
        CLEAR_CREDIT(2, StsTokenEngine.SUBCLASS_CLEAR_CREDIT),
        CLEAR_TAMPER(2, StsTokenEngine.SUBCLASS_CLEAR_TAMPER);

        final int tokenClass;
        final int subclass;

        Kind(int tokenClass, int subclass) {
            this.tokenClass = tokenClass;
            this.subclass = subclass;
        }

        /** The register value this kind sends for {@code value}: a clear tamper token always carries 0. */
        int valueFor(int value) {
            return this == CLEAR_TAMPER ? 0 : value;
        }
    }

    @Property(tries = 400)
    void creditTokensRoundTrip(@ForAll("setups") Setup setup, @ForAll("amounts") long tenths,
                               @ForAll @IntRange(max = 0xFFFFFF) int tid, @ForAll @IntRange(max = 15) int rnd) {
        StsTokenEngine engine = setup.engine();

        DecodedToken decoded = engine.decode(setup.meter(), engine.creditToken(setup.meter(), tenths, tid, rnd));

        assertThat(decoded.tokenClass()).isEqualTo(StsTokenEngine.CLASS_CREDIT);
        assertThat(decoded.subclass()).isEqualTo(StsTokenEngine.SUBCLASS_ELECTRICITY);
        assertThat(decoded.tid()).isEqualTo(tid);
        assertThat(decoded.rnd()).isEqualTo(rnd);
        assertThat(decoded.amountTenths()).isEqualTo(tenths);
        assertThat(decoded.issuedAt()).isEqualTo(setup.meter().baseInstant().plusSeconds(60L * tid));
    }

    @Property(tries = 200)
    void managementTokensRoundTrip(@ForAll("setups") Setup setup, @ForAll("managementKinds") Kind kind,
                                   @ForAll @IntRange(max = 0xFFFF) int anyValue,
                                   @ForAll @IntRange(max = 0xFFFFFF) int tid, @ForAll @IntRange(max = 15) int rnd) {
        StsTokenEngine engine = setup.engine();
        int value = kind.valueFor(anyValue);

        DecodedToken decoded = engine.decode(setup.meter(), engine.managementToken(setup.meter(), kind.subclass, value, tid, rnd));

        assertThat(decoded.tokenClass()).isEqualTo(StsTokenEngine.CLASS_MANAGEMENT);
        assertThat(decoded.subclass()).isEqualTo(kind.subclass);
        assertThat(decoded.tid()).isEqualTo(tid);
        assertThat(decoded.field()).isEqualTo(value);
    }

    /**
     * Every boundary amount, for every kind of token the engine builds, under each key size and
     * algorithm. Credit tokens carry the amount; management tokens carry its 16-bit encoding as
     * their register value (clear tamper, whose value is always 0, checks class, subclass and TID).
     */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void boundariesRoundTripForEveryClassAndSubclass(@ForAll("fixedSetups") Setup setup, @ForAll("kinds") Kind kind,
                                                     @ForAll("boundaries") long tenths) {
        StsTokenEngine engine = setup.engine();
        int tid = 1234567;

        int field = kind.valueFor(TokenAmount.encode(tenths));

        String token = kind.tokenClass == StsTokenEngine.CLASS_CREDIT
                ? engine.creditToken(setup.meter(), tenths, tid, 7)
                : engine.managementToken(setup.meter(), kind.subclass, field, tid, 7);
        DecodedToken decoded = engine.decode(setup.meter(), token);

        assertThat(token).hasSize(20).containsOnlyDigits();
        assertThat(decoded.tokenClass()).isEqualTo(kind.tokenClass);
        assertThat(decoded.subclass()).isEqualTo(kind.subclass);
        assertThat(decoded.tid()).isEqualTo(tid);
        assertThat(decoded.field()).isEqualTo(field);
        if (kind.tokenClass == StsTokenEngine.CLASS_CREDIT) {
            assertThat(decoded.amountTenths()).isEqualTo(tenths);
        }
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.longs().between(0, TokenAmount.MAX_TENTHS).map(TokenAmount::floorToRepresentable);
    }

    @Provide
    Arbitrary<Long> boundaries() {
        return Arbitraries.of(BOUNDARIES[0], BOUNDARIES[1], BOUNDARIES[2], BOUNDARIES[3], BOUNDARIES[4]);
    }

    @Provide
    Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.class);
    }

    @Provide
    Arbitrary<Kind> managementKinds() {
        return Arbitraries.of(Kind.SET_MAX_POWER, Kind.CLEAR_CREDIT, Kind.CLEAR_TAMPER);
    }

    @Provide
    Arbitrary<Setup> fixedSetups() {
        StsMeter ea11 = new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);
        StsMeter ea07 = new StsMeter("01234567897", "600100", "02", 2, 1, 2014, StsMeter.Algorithm.EA07);
        return Arbitraries.of(
                new Setup(KeyDerivationTest.CONFORMANCE_KEY, ea11),
                new Setup(KeyDerivationTest.CONFORMANCE_KEY, ea07),
                new Setup(Dkga02Test.KEY_64, ea07));
    }

    @Provide
    Arbitrary<Setup> setups() {
        Arbitrary<Boolean> wide = Arbitraries.of(true, false);
        return wide.flatMap(is160 -> {
            Arbitrary<VendingKey> keys = Arbitraries.strings().withChars("0123456789abcdef").ofLength(is160 ? 40 : 16)
                    .map(VendingKey::ofHex);
            Arbitrary<StsMeter.Algorithm> algorithms = is160
                    ? Arbitraries.of(StsMeter.Algorithm.class)
                    : Arbitraries.just(StsMeter.Algorithm.EA07);
            return Combinators.combine(keys, meters(algorithms)).as(Setup::new);
        });
    }

    private static Arbitrary<StsMeter> meters(Arbitrary<StsMeter.Algorithm> algorithms) {
        Arbitrary<String> drns = Arbitraries.strings().numeric().ofLength(10).map(body -> body + MeterNumbers.luhnDigit(body));
        Arbitrary<String> sgcs = Arbitraries.strings().numeric().ofLength(6);
        Arbitrary<String> tariffs = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<Integer> revisions = Arbitraries.integers().between(1, 9);
        Arbitrary<Integer> keyTypes = Arbitraries.integers().between(0, 9);
        Arbitrary<Integer> baseDates = Arbitraries.of(1993, 2014, 2035);
        return Combinators.combine(drns, sgcs, tariffs, revisions, keyTypes, baseDates, algorithms).as(StsMeter::new);
    }
}
