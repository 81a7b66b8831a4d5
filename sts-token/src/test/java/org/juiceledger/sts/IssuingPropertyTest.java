package org.juiceledger.sts;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of what the vending side relies on: floor-to-representable never sells more than was
 * paid for and loses as little as possible, and tokens issued through the engine's allocator path
 * decode to the minute, amount and class they were issued with, under random 160-bit keys.
 */
class IssuingPropertyTest {

    private static final long[] REPRESENTABLE = AmountEncodingTest.REPRESENTABLE;

    @Property(tries = 2000)
    void floorIsTheLargestRepresentableAmountNotAboveWhatWasPaidFor(@ForAll @LongRange(max = 18201624) long paidTenths) {
        long sold = TokenAmount.floorToRepresentable(paidTenths);

        assertThat(sold).isLessThanOrEqualTo(paidTenths);
        assertThat(TokenAmount.decode(TokenAmount.encode(sold))).isEqualTo(sold);
        int index = Arrays.binarySearch(REPRESENTABLE, sold);
        assertThat(index).isNotNegative();
        if (index + 1 < REPRESENTABLE.length) {
            assertThat(REPRESENTABLE[index + 1]).isGreaterThan(paidTenths);
        }
        assertThat(TokenAmount.roundUpToRepresentable(paidTenths)).isGreaterThanOrEqualTo(paidTenths);
    }

    @Property(tries = 300)
    void issuedCreditTokensDecodeToWhatWasIssued(@ForAll("keys") VendingKey key, @ForAll("drns") String drn,
                                                  @ForAll("baseDates") int baseDate,
                                                  @ForAll @LongRange(max = 0xFFFFFF) long minute,
                                                  @ForAll @IntRange(max = 59) int second,
                                                  @ForAll @LongRange(max = 18201624) long paidTenths) {
        StsMeter meter = new StsMeter(drn, "123457", "07", 3, 2, baseDate, StsMeter.Algorithm.EA11);
        StsTokenEngine engine = new StsTokenEngine(key, null, new InMemoryTidAllocator(), new Random(minute));
        Instant now = meter.baseInstant().plus(Duration.ofMinutes(minute)).plusSeconds(second);
        long tenths = TokenAmount.floorToRepresentable(paidTenths);

        TokenResult issued = engine.creditToken(meter, tenths, now);
        DecodedToken decoded = engine.decode(meter, issued.token());

        assertThat(issued.tid()).isEqualTo(minute);
        assertThat(issued.issuedAt()).isEqualTo(meter.baseInstant().plus(Duration.ofMinutes(minute)));
        assertThat(decoded.tid()).isEqualTo(issued.tid());
        assertThat(decoded.issuedAt()).isEqualTo(issued.issuedAt());
        assertThat(decoded.amountTenths()).isEqualTo(tenths).isEqualTo(issued.amountTenths());
        assertThat(decoded.tokenClass()).isZero();
    }

    @Property(tries = 200)
    void issuedManagementTokensDecodeToWhatWasIssued(@ForAll("keys") VendingKey key, @ForAll("drns") String drn,
                                                      @ForAll @IntRange(min = 1, max = 0xFFFF) int watts,
                                                      @ForAll @LongRange(max = 0xFFFFFD) long minute) {
        StsMeter meter = new StsMeter(drn, "654321", "01", 1, 2, 2014, StsMeter.Algorithm.EA11);
        StsTokenEngine engine = new StsTokenEngine(key, null, new InMemoryTidAllocator(), new Random(watts));
        Instant now = meter.baseInstant().plus(Duration.ofMinutes(minute));

        DecodedToken power = engine.decode(meter, engine.setMaximumPowerLimit(meter, watts, now).token());
        DecodedToken credit = engine.decode(meter, engine.clearCredit(meter, now).token());
        DecodedToken tamper = engine.decode(meter, engine.clearTamper(meter, now).token());

        assertThat(power.field()).isEqualTo(watts);
        assertThat(credit.field()).isEqualTo(0xFFFF);
        assertThat(tamper.field()).isZero();
        assertThat(new int[]{power.subclass(), credit.subclass(), tamper.subclass()}).containsExactly(0, 1, 5);
        assertThat(new long[]{power.tid(), credit.tid(), tamper.tid()}).containsExactly(minute, minute + 1, minute + 2);
    }

    @Provide
    Arbitrary<VendingKey> keys() {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(40).map(VendingKey::ofHex);
    }

    @Provide
    Arbitrary<String> drns() {
        return Arbitraries.strings().numeric().ofLength(10).map(body -> body + MeterNumbers.luhnDigit(body));
    }

    @Provide
    Arbitrary<Integer> baseDates() {
        return Arbitraries.of(1993, 2014, 2035);
    }
}
