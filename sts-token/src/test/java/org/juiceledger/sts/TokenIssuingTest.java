package org.juiceledger.sts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine as the application calls it: TID from the allocator, RND from the generator, a TokenResult back. */
class TokenIssuingTest {

    private static final StsMeter METER = Conformance.EA11_METER;
    private static final Instant CONFORMANCE_TIME = Instant.parse("2004-04-01T00:30:00Z");

    private final InMemoryTidAllocator allocator = new InMemoryTidAllocator();
    private final StsTokenEngine engine = new StsTokenEngine(Conformance.KEY_160, null, allocator, Conformance.fixedRnd(5));

    @Test
    void reproducesTheConformanceTokenWithItsTidAndMinute() {
        TokenResult result = engine.creditToken(METER, 256, CONFORMANCE_TIME.plusSeconds(42));

        assertThat(result.token()).isEqualTo("63638916334124550935");
        assertThat(result.tid()).isEqualTo(5915550);
        assertThat(result.issuedAt()).isEqualTo(CONFORMANCE_TIME);
        assertThat(result.amountTenths()).isEqualTo(256);
        assertThat(result.tokenClass()).isEqualTo(StsTokenEngine.CLASS_CREDIT);
        assertThat(result.subclass()).isEqualTo(StsTokenEngine.SUBCLASS_ELECTRICITY);
    }

    @Test
    void theTidIsWholeMinutesSinceTheBaseDateInUtc() {
        StsMeter meter2014 = new StsMeter(Conformance.DRN, "123457", "01", 1, 2, 2014, StsMeter.Algorithm.EA11);
        StsMeter meter2035 = new StsMeter(Conformance.DRN, "123457", "01", 1, 2, 2035, StsMeter.Algorithm.EA11);

        assertThat(StsTokenEngine.minuteOf(METER, CONFORMANCE_TIME)).isEqualTo(5915550);
        assertThat(StsTokenEngine.minuteOf(METER, CONFORMANCE_TIME.plusSeconds(59))).isEqualTo(5915550);
        assertThat(StsTokenEngine.minuteOf(meter2014, Instant.parse("2014-01-01T00:00:00Z"))).isZero();
        assertThat(StsTokenEngine.minuteOf(meter2014, Instant.parse("2014-01-01T00:01:59.999Z"))).isEqualTo(1);
        assertThat(StsTokenEngine.minuteOf(meter2014, Instant.parse("2024-06-30T12:34:56Z"))).isEqualTo(5520274);
        assertThat(StsTokenEngine.minuteOf(meter2035, Instant.parse("2035-01-01T01:00:00Z"))).isEqualTo(60);
        assertThat(StsTokenEngine.timeOf(meter2014, 5520274)).isEqualTo(Instant.parse("2024-06-30T12:34:00Z"));
    }

    @Test
    void aSecondTokenInTheSameMinuteTakesTheNextMinute() {
        TokenResult first = engine.creditToken(METER, 10, CONFORMANCE_TIME.plusSeconds(10));
        TokenResult second = engine.clearTamper(METER, CONFORMANCE_TIME.plusSeconds(50));
        TokenResult third = engine.creditToken(METER, 10, CONFORMANCE_TIME.plusSeconds(65));
        TokenResult later = engine.creditToken(METER, 10, CONFORMANCE_TIME.plusSeconds(3600));

        assertThat(first.tid()).isEqualTo(5915550);
        assertThat(second.tid()).isEqualTo(5915551);
        assertThat(second.issuedAt()).isEqualTo(Instant.parse("2004-04-01T00:31:00Z"));
        assertThat(third.tid()).isEqualTo(5915552);
        assertThat(later.tid()).isEqualTo(5915550 + 60);
        assertThat(engine.decode(METER, second.token()).tid()).isEqualTo(5915551);
    }

    @Test
    void aClockGoingBackStillGetsALaterMinute() {
        engine.creditToken(METER, 10, CONFORMANCE_TIME.plusSeconds(600));

        assertThat(engine.creditToken(METER, 10, CONFORMANCE_TIME).tid()).isEqualTo(5915561);
    }

    @Test
    void metersHaveTheirOwnMinutes() {
        StsMeter other = new StsMeter("79927398713", "123457", "01", 1, 2, 1993, StsMeter.Algorithm.EA11);

        assertThat(engine.creditToken(METER, 10, CONFORMANCE_TIME).tid()).isEqualTo(5915550);
        assertThat(engine.creditToken(other, 10, CONFORMANCE_TIME).tid()).isEqualTo(5915550);
        assertThat(engine.creditToken(METER, 10, CONFORMANCE_TIME).tid()).isEqualTo(5915551);
    }

    @Test
    void afterARestartTheNextTokenTakesTheNextFreeMinute() {
        engine.creditToken(METER, 10, CONFORMANCE_TIME);
        engine.creditToken(METER, 10, CONFORMANCE_TIME);
        int saved = allocator.lastGranted(Conformance.DRN).orElseThrow();

        InMemoryTidAllocator restarted = new InMemoryTidAllocator(Map.of(Conformance.DRN, saved));
        StsTokenEngine afterRestart = new StsTokenEngine(Conformance.KEY_160, null, restarted, new Random(1));

        assertThat(afterRestart.creditToken(METER, 10, CONFORMANCE_TIME).tid()).isEqualTo(5915552);
    }

    @Test
    void concurrentTokensForOneMeterGetDistinctMinutesInIssueOrder() throws Exception {
        int threads = 8;
        int perThread = 60;
        StsTokenEngine shared = new StsTokenEngine(Conformance.KEY_160, null, allocator, new Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<TokenResult>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                List<TokenResult> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(i % 3 == 0 ? shared.clearCredit(METER, CONFORMANCE_TIME) : shared.creditToken(METER, 100 + i, CONFORMANCE_TIME));
                }
                return mine;
            }));
        }
        start.countDown();
        List<TokenResult> all = new ArrayList<>();
        for (Future<List<TokenResult>> future : futures) {
            List<TokenResult> mine = future.get();
            for (int i = 1; i < mine.size(); i++) {
                assertThat(mine.get(i).tid()).as("issue order within a thread").isGreaterThan(mine.get(i - 1).tid());
            }
            all.addAll(mine);
        }
        pool.shutdown();

        assertThat(all).extracting(TokenResult::tid)
                .containsExactlyInAnyOrderElementsOf(IntStream.range(5915550, 5915550 + threads * perThread).boxed().toList());
        assertThat(all).extracting(TokenResult::token).doesNotHaveDuplicates();
        for (TokenResult result : all) {
            DecodedToken decoded = shared.decode(METER, result.token());
            assertThat(decoded.tid()).isEqualTo(result.tid());
            assertThat(decoded.issuedAt()).isEqualTo(result.issuedAt());
        }
    }

    @Test
    void the1993BaseDateRunsOutAfterTheMinuteOf20241124At2015() {
        Instant lastMinute = Instant.parse("2024-11-24T20:15:30Z");

        TokenResult last = engine.creditToken(METER, 10, lastMinute);
        assertThat(last.tid()).isEqualTo(0xFFFFFF);
        assertThat(last.issuedAt()).isEqualTo(Instant.parse("2024-11-24T20:15:00Z"));

        assertTidRefused(() -> engine.creditToken(METER, 10, lastMinute), "key change");
        assertTidRefused(() -> engine.creditToken(METER, 10, Instant.parse("2024-11-24T20:16:00Z")), "key change");
        assertTidRefused(() -> StsTokenEngine.minuteOf(METER, Instant.parse("2024-11-24T20:16:00Z")), "base date 1993");
    }

    @Test
    void aTimeBeforeTheBaseDateIsRefused() {
        assertTidRefused(() -> engine.creditToken(METER, 10, Instant.parse("1992-12-31T23:59:59Z")), "base date 1993");
    }

    @Test
    void theCallersTidIsCheckedToo() {
        assertTidRefused(() -> engine.creditToken(METER, 10, 0x1000000, 1), "TID");
        assertTidRefused(() -> engine.creditToken(METER, 10, -1, 1), "TID");
        assertThat(engine.decode(METER, engine.creditToken(METER, 10, 0xFFFFFF, 1)).tid()).isEqualTo(0xFFFFFF);
    }

    @Test
    void aRefusedTokenDoesNotUseUpAMinute() {
        engine.creditToken(METER, 10, CONFORMANCE_TIME);

        assertThatThrownBy(() -> engine.creditToken(METER, TokenAmount.MAX_TENTHS + 1, CONFORMANCE_TIME))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.AMOUNT_TOO_LARGE));
        assertThatThrownBy(() -> engine.creditToken(METER, 20000, CONFORMANCE_TIME))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.AMOUNT_TOO_LARGE));
        assertThatThrownBy(() -> engine.creditToken(Conformance.EA07_METER, 10, CONFORMANCE_TIME))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.UNSUPPORTED_ALGORITHM));
        assertThatThrownBy(() -> engine.managementToken(METER, 3, 0, CONFORMANCE_TIME))
                .isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(StsException.Reason.UNSUPPORTED_SUBCLASS));

        assertThat(allocator.lastGranted(Conformance.DRN)).hasValue(5915550);
        assertThat(engine.creditToken(METER, 10, CONFORMANCE_TIME).tid()).isEqualTo(5915551);
    }

    @Test
    void managementTokensCarryTheirValues() {
        DecodedToken power = engine.decode(METER, engine.setMaximumPowerLimit(METER, 4600, CONFORMANCE_TIME).token());
        DecodedToken credit = engine.decode(METER, engine.clearCredit(METER, CONFORMANCE_TIME).token());
        DecodedToken tamper = engine.decode(METER, engine.clearTamper(METER, CONFORMANCE_TIME).token());

        assertThat(power).extracting(DecodedToken::tokenClass, DecodedToken::subclass, DecodedToken::field).containsExactly(2, 0, 4600);
        assertThat(credit).extracting(DecodedToken::tokenClass, DecodedToken::subclass, DecodedToken::field).containsExactly(2, 1, 0xFFFF);
        assertThat(tamper).extracting(DecodedToken::tokenClass, DecodedToken::subclass, DecodedToken::field).containsExactly(2, 5, 0);
        assertThat(List.of(power.tid(), credit.tid(), tamper.tid())).containsExactly(5915550, 5915551, 5915552);
    }

    @Test
    void managementTokensRefuseOtherSubclassesAndBadValues() {
        for (int subclass : new int[]{2, 3, 4, 6, 7, 15}) {
            assertRefused(() -> engine.managementToken(METER, subclass, 0, CONFORMANCE_TIME), StsException.Reason.UNSUPPORTED_SUBCLASS);
            assertRefused(() -> engine.managementToken(METER, subclass, 0, 1, 1), StsException.Reason.UNSUPPORTED_SUBCLASS);
        }
        assertRefused(() -> engine.managementToken(METER, StsTokenEngine.SUBCLASS_CLEAR_TAMPER, 1, CONFORMANCE_TIME), StsException.Reason.INVALID_VALUE);
        assertRefused(() -> engine.managementToken(METER, StsTokenEngine.SUBCLASS_SET_MAX_POWER, 0x10000, CONFORMANCE_TIME), StsException.Reason.INVALID_VALUE);
        assertRefused(() -> engine.managementToken(METER, StsTokenEngine.SUBCLASS_CLEAR_CREDIT, -1, CONFORMANCE_TIME), StsException.Reason.INVALID_VALUE);
        assertRefused(() -> engine.setMaximumPowerLimit(METER, 0, CONFORMANCE_TIME), StsException.Reason.INVALID_VALUE);
        assertRefused(() -> engine.setMaximumPowerLimit(METER, 65536, CONFORMANCE_TIME), StsException.Reason.INVALID_VALUE);
        assertRefused(() -> engine.creditToken(METER, -1, CONFORMANCE_TIME), StsException.Reason.INVALID_AMOUNT);
    }

    @Test
    void rndComesFromTheInjectedGenerator() {
        StsTokenEngine seeded = new StsTokenEngine(Conformance.KEY_160, null, new InMemoryTidAllocator(), new Random(3));
        Random same = new Random(3);
        for (int i = 0; i < 40; i++) {
            TokenResult result = seeded.creditToken(METER, 10, CONFORMANCE_TIME);
            assertThat(seeded.decode(METER, result.token()).rnd()).isEqualTo(same.nextInt(16));
        }
        StsTokenEngine defaultRandom = new StsTokenEngine(Conformance.KEY_160, null, new InMemoryTidAllocator(), null);
        assertThat(defaultRandom.decode(METER, defaultRandom.clearTamper(METER, CONFORMANCE_TIME).token()).rnd()).isBetween(0, 15);
    }

    @Test
    void anEngineWithoutAnAllocatorLeavesTheTidToTheCaller() {
        StsTokenEngine withoutAllocator = new StsTokenEngine(Conformance.KEY_160);

        assertThatThrownBy(() -> withoutAllocator.creditToken(METER, 10, CONFORMANCE_TIME))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TidAllocator");
        assertThat(withoutAllocator.creditToken(METER, 256, 5915550, 5)).isEqualTo("63638916334124550935");
    }

    @Test
    void anAllocatorGrantingAnEarlierMinuteIsNotTrusted() {
        StsTokenEngine broken = new StsTokenEngine(Conformance.KEY_160, null, (meter, minute) -> minute - 1, new Random(1));

        assertThatThrownBy(() -> broken.creditToken(METER, 10, CONFORMANCE_TIME)).isInstanceOf(IllegalStateException.class);
    }

    private static void assertTidRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String fragment) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StsException.class, e -> {
            assertThat(e.reason()).isEqualTo(StsException.Reason.TID_OUT_OF_RANGE);
            assertThat(e.getMessage()).contains(fragment);
        });
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, StsException.Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StsException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
