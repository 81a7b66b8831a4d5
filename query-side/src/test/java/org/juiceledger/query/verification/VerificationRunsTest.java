package org.juiceledger.query.verification;

import org.juiceledger.kernel.error.DomainException;
import org.juiceledger.kernel.error.ErrorCode;
import org.juiceledger.platform.time.IdSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class VerificationRunsTest {

    private static final VerificationReport CLEAN = new VerificationReport(0, 0, Map.of(), 0, Map.of(), List.of(),
            List.of());

    @Test
    void aSecondRunWhileOneRunsIsRefusedNamingTheRunningOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        VerificationRuns runs = new VerificationRuns(progress -> {
            progress.phase(VerificationProgress.Phase.READING_EVENTS);
            release.await(10, TimeUnit.SECONDS);
            return CLEAN;
        }, Clock.systemUTC(), IdSource.RANDOM);
        VerificationStatus first = runs.start("auditor", Duration.ofMillis(50));
        assertThat(first.state()).isEqualTo("RUNNING");
        assertThat(first.result()).isNull();

        DomainException refused = catchThrowableOfType(DomainException.class, () -> runs.start("auditor", Duration.ZERO));
        assertThat(refused.code()).isEqualTo(ErrorCode.VERIFICATION_RUNNING);
        assertThat(refused.details()).containsEntry("runningId", first.id());

        release.countDown();
        VerificationStatus done = awaitFinished(runs, first.id());
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.result()).isEqualTo(CLEAN);
        assertThat(runs.start("auditor", Duration.ofSeconds(5)).state()).isEqualTo("DONE");
        runs.stop();
    }

    @Test
    void aRunThatFailsSaysWhy() throws Exception {
        VerificationRuns runs = new VerificationRuns(progress -> {
            throw new VerificationFailedException("the database went away", null);
        }, Clock.systemUTC(), IdSource.RANDOM);
        VerificationStatus status = runs.start("auditor", Duration.ofSeconds(5));
        assertThat(status.state()).isEqualTo("FAILED");
        assertThat(status.failure()).isEqualTo("the database went away");
        assertThat(status.result()).isNull();
        runs.stop();
    }

    @Test
    void aRunIsNamedAndTimedByTheInjectedIdSourceAndClock() throws Exception {
        Instant noon = Instant.parse("2026-03-01T12:00:00Z");
        AtomicInteger made = new AtomicInteger();
        VerificationRuns runs = new VerificationRuns(progress -> CLEAN, Clock.fixed(noon, ZoneOffset.UTC),
                () -> "run-" + made.incrementAndGet());

        VerificationStatus first = runs.start("auditor", Duration.ofSeconds(5));
        VerificationStatus second = runs.start("auditor", Duration.ofSeconds(5));

        assertThat(first.id()).isEqualTo("run-1");
        assertThat(second.id()).isEqualTo("run-2");
        assertThat(first.startedAt()).isEqualTo(noon);
        assertThat(first.finishedAt()).isEqualTo(noon);
        assertThat(runs.status("run-1")).isPresent();
        runs.stop();
    }

    private static VerificationStatus awaitFinished(VerificationRuns runs, String id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            VerificationStatus status = runs.status(id).orElseThrow();
            if (!status.state().equals("RUNNING")) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run did not finish");
    }
}
