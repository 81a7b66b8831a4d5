package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole tokens: the STS 531-1 EA11 conformance token, and round trips over classes and amounts. */
class StsTokenEngineTest {

    private static final StsMeter CONFORMANCE_METER =
            new StsMeter("00000000000", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);
    private final StsTokenEngine engine = new StsTokenEngine(KeyDerivationTest.CONFORMANCE_KEY);

    @Test
    void reproducesTheEa11ConformanceToken() {
        int tid = StsTokenEngine.minuteOf(CONFORMANCE_METER, Instant.parse("2004-04-01T00:30:00Z"));

        assertThat(tid).isEqualTo(5915550);
        assertThat(engine.creditToken(CONFORMANCE_METER, 256, tid, 5)).isEqualTo("63638916334124550935");
    }

    @Test
    void decodesWhatItBuildsForEveryClassAndBoundary() {
        Instant now = Instant.parse("2024-06-30T12:34:56Z");
        int tid = StsTokenEngine.minuteOf(CONFORMANCE_METER, now);
        for (long tenths : new long[]{1, 16383, 16384, 180214, 180224, 1818524, TokenAmount.MAX_TENTHS}) {
            DecodedToken decoded = engine.decode(CONFORMANCE_METER, engine.creditToken(CONFORMANCE_METER, tenths, tid, 9));
            assertThat(decoded.amountTenths()).isEqualTo(tenths);
            assertThat(decoded.issuedAt()).isEqualTo(Instant.parse("2024-06-30T12:34:00Z"));
        }
        for (int subclass : new int[]{0, 1, 5}) {
            int value = subclass == StsTokenEngine.SUBCLASS_CLEAR_TAMPER ? 0 : 0xFFFF;
            DecodedToken decoded = engine.decode(CONFORMANCE_METER, engine.managementToken(CONFORMANCE_METER, subclass, value, tid, 3));
            assertThat(decoded.tokenClass()).isEqualTo(2);
            assertThat(decoded.subclass()).isEqualTo(subclass);
            assertThat(decoded.field()).isEqualTo(value);
        }
    }

    @Test
    void randomAmountsTidsAndMetersRoundTrip() {
        Random random = new Random(20261122);
        for (int i = 0; i < 500; i++) {
            String body = String.format("%010d", random.nextInt(1_000_000_000));
            StsMeter meter = new StsMeter(body + MeterNumbers.luhnDigit(body), String.format("%06d", random.nextInt(1_000_000)),
                    String.format("%02d", random.nextInt(100)), 1 + random.nextInt(9), random.nextInt(10), 2014,
                    StsMeter.Algorithm.EA11);
            long tenths = TokenAmount.floorToRepresentable(1 + (long) (random.nextDouble() * TokenAmount.MAX_TENTHS));
            int tid = random.nextInt(0xFFFFFF);
            DecodedToken decoded = engine.decode(meter, engine.creditToken(meter, tenths, tid, random.nextInt(16)));
            assertThat(decoded.amountTenths()).isEqualTo(tenths);
            assertThat(decoded.tid()).isEqualTo(tid);
        }
    }

    @Test
    void aTokenForAnotherMeterFailsItsCrc() {
        StsMeter other = new StsMeter("01234567897", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);
        String token = engine.creditToken(CONFORMANCE_METER, 500, 100, 1);

        assertThatThrownBy(() -> engine.decode(other, token))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.CRC_MISMATCH));
    }

    @Test
    void tidsForOneMeterNeverShareAMinuteAndKeepTheirOrder() throws Exception {
        InMemoryTidAllocator allocator = new InMemoryTidAllocator();
        java.util.List<Integer> tids = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    tids.add(allocator.allocate("00000000000", 1000));
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(tids).doesNotHaveDuplicates().hasSize(800);
        assertThat(allocator.allocate("00000000000", 5000)).isEqualTo(5000);
        assertThat(allocator.allocate("00000000000", 4000)).isEqualTo(5001);
    }
}
