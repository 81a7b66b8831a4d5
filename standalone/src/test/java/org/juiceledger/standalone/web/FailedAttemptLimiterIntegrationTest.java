package org.juiceledger.standalone.web;

import org.juiceledger.command.redemption.RedemptionAttempts;
import org.juiceledger.command.redemption.RedemptionAttempts.AttemptSource;
import org.juiceledger.command.guard.FailedAttemptLimiter;
import org.juiceledger.command.guard.FailedAttemptLimiter.Attempt;
import org.juiceledger.command.guard.FailedAttemptLimiter.Source;
import org.juiceledger.command.guard.GuardProperties;
import org.juiceledger.command.guard.GuardProperties.KindLimit;
import org.juiceledger.command.guard.GuardProperties.Limit;
import org.juiceledger.command.guard.GuardedRedemptionAttempts;
import org.juiceledger.command.guard.SourceKind;
import org.juiceledger.platform.request.Channel;
import org.juiceledger.platform.testing.PostgresIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one limiter on failed attempts, on PostgreSQL: a burst in parallel gets no more tries than the
 * limit, only failures count, sources are apart, and the gateways' seam counts per phone number or
 * caller id in the same table.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FailedAttemptLimiterIntegrationTest {

    @Autowired
    FailedAttemptLimiter limiter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry metrics;

    @Test
    void aBurstInParallelGetsNoMoreTriesThanTheLimit() throws Exception {
        Source source = new Source(SourceKind.CLIENT_ADDRESS, "198.51.100." + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Attempt>>> tries = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                return limiter.begin(source, Channel.WEB, "web", "01234567897");
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Optional<Attempt>> attempt : tries) {
            Optional<Attempt> claimed = attempt.get();
            if (claimed.isPresent()) {
                allowed++;
                claimed.get().failed("CARD_NOT_REDEEMABLE");
            }
        }
        pool.shutdown();

        // claims that race may refuse each other (stricter, never looser): the rest of the five remain
        assertThat(allowed).isBetween(1, 5);
        assertThat(jdbc.queryForObject("select count(*) from failed_attempt where source_id = ?", Long.class, source.id()))
                .isEqualTo(allowed);
        for (int i = allowed; i < 5; i++) {
            assertThat(limiter.mayTry(source)).isTrue();
            limiter.begin(source, Channel.WEB, "web", "01234567897").orElseThrow().failed("CARD_NOT_REDEEMABLE");
        }
        assertThat(limiter.mayTry(source)).isFalse();
        assertThat(limiter.begin(source, Channel.WEB, "web", "01234567897")).isEmpty();
    }

    @Test
    void onlyFailuresCountAndEachSourceHasItsOwn() {
        Source source = new Source(SourceKind.CLIENT_ADDRESS, "198.51.100." + UUID.randomUUID());
        Source neighbour = new Source(SourceKind.CLIENT_ADDRESS, "198.51.100." + UUID.randomUUID());
        for (int i = 0; i < 8; i++) {
            limiter.begin(source, Channel.WEB, "web", "m").orElseThrow().succeeded();
            limiter.begin(source, Channel.WEB, "web", "m").orElseThrow().refused("METER_NOT_FOUND");
            limiter.begin(source, Channel.WEB, "web", "m").orElseThrow().abandoned();
        }
        assertThat(limiter.retryAfter(source)).isZero();
        for (int i = 0; i < 5; i++) {
            limiter.begin(source, Channel.WEB, "web", "m").orElseThrow().failed("CARD_NOT_REDEEMABLE");
        }

        assertThat(limiter.begin(source, Channel.WEB, "web", "m")).isEmpty();
        assertThat(limiter.retryAfter(source)).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(limiter.begin(neighbour, Channel.WEB, "web", "m")).isPresent();
        assertThat(limiter.mayTry(new Source(SourceKind.PHONE_NUMBER, source.id()))).isTrue();
    }

    @Test
    void theGatewaysCountPerPhoneNumberOrCallerIdInTheSameTable() {
        RedemptionAttempts gateways = new GuardedRedemptionAttempts(limiter);
        String phone = "+2782" + (System.nanoTime() % 10_000_000);
        AttemptSource sms = new AttemptSource(Channel.SMS, "gateway-1", phone, "01234567897");
        AttemptSource sameNumberOtherMeter = new AttemptSource(Channel.SMS, "gateway-2", phone, "98765432103");
        AttemptSource call = new AttemptSource(Channel.IVR, "gateway-1", phone, "01234567897");
        for (int i = 0; i < 5; i++) {
            assertThat(gateways.mayTry(sms)).isTrue();
            gateways.failed(sms);
        }

        assertThat(gateways.mayTry(sms)).isFalse();
        assertThat(gateways.mayTry(sameNumberOtherMeter)).isFalse();
        assertThat(gateways.mayTry(call)).as("a caller id is another kind of source").isTrue();
        assertThat(GuardedRedemptionAttempts.sourceOf(sms)).isEqualTo(new Source(SourceKind.PHONE_NUMBER, phone));
        assertThat(GuardedRedemptionAttempts.sourceOf(call)).isEqualTo(new Source(SourceKind.CALLER_ID, phone));
        assertThat(GuardedRedemptionAttempts.sourceOf(new AttemptSource(Channel.IVR, "gateway-1", " ", "10000001")))
                .isEqualTo(new Source(SourceKind.TARGET, "10000001"));
        assertThat(jdbc.queryForList("select channel, via, target, outcome from failed_attempt where source_kind = "
                + "'PHONE_NUMBER' and source_id = ?", phone)).hasSize(5).allSatisfy(row -> assertThat(row)
                .containsEntry("channel", "SMS").containsEntry("via", "gateway-1")
                .containsEntry("target", "01234567897").containsEntry("outcome", "FAILED"));
    }

    @Test
    void aMeterCountsTheFailuresOfEverySourceThatAskedForIt() {
        RedemptionAttempts gateways = new GuardedRedemptionAttempts(limiter);
        String meter = "M" + UUID.randomUUID().toString().substring(0, 12);
        String prefix = "+2783" + (System.nanoTime() % 1_000_000);
        assertThat(limiter.limitOf(SourceKind.TARGET)).isEqualTo(new Limit(20, Duration.ofMinutes(15)));
        for (int i = 0; i < 20; i++) {
            AttemptSource sms = new AttemptSource(Channel.SMS, "gateway-1", prefix + i, meter);
            assertThat(gateways.mayTry(sms)).as("number %s", i).isTrue();
            gateways.failed(sms);
        }

        String freshNumber = prefix + "99";
        assertThat(gateways.mayTry(new AttemptSource(Channel.SMS, "gateway-1", freshNumber, meter))).isFalse();
        assertThat(gateways.mayTry(new AttemptSource(Channel.IVR, "gateway-1", freshNumber, meter))).isFalse();
        assertThat(gateways.mayTry(new AttemptSource(Channel.SMS, "gateway-1", freshNumber, meter + "X"))).isTrue();
        assertThat(limiter.retryAfter(new Source(SourceKind.TARGET, meter))).isPositive();
    }

    @Test
    void manyFailuresFromAllSourcesTogetherRaiseOneAlert(CapturedOutput output) {
        double alertsBefore = alerts();
        for (int i = 0; i < 100; i++) {
            String elsewhere = UUID.randomUUID().toString();
            limiter.failed(new Source(SourceKind.CLIENT_ADDRESS, "203.0.113." + elsewhere), Channel.WEB, "web",
                    "M" + elsewhere.substring(0, 12), "CARD_NOT_REDEEMABLE");
        }

        assertThat(alerts()).as("once per window, however many more fail").isEqualTo(alertsBefore + 1);
        assertThat(metrics.get("juice.redemption.failures.recent").gauge().value()).isGreaterThanOrEqualTo(100);
        assertThat(metrics.get("juice.redemption.failures").tag("channel", "WEB").counter().count())
                .isGreaterThanOrEqualTo(100);
        assertThat(output).contains("ALERT failed redemptions");
    }

    private double alerts() {
        return metrics.get("juice.redemption.failure.alerts").counter().count();
    }

    @Test
    void aKindMayHaveALimitOfItsOwn() {
        GuardProperties properties = new GuardProperties(5, Duration.ofMinutes(15), Duration.ofDays(90),
                Map.of(SourceKind.PHONE_NUMBER, new KindLimit(10, null), SourceKind.TARGET, new KindLimit(null, Duration.ofHours(1))),
                new GuardProperties.Alert(100, Duration.ofMinutes(1)));

        assertThat(properties.limitOf(SourceKind.CLIENT_ADDRESS)).isEqualTo(new Limit(5, Duration.ofMinutes(15)));
        assertThat(properties.limitOf(SourceKind.PHONE_NUMBER)).isEqualTo(new Limit(10, Duration.ofMinutes(15)));
        assertThat(properties.limitOf(SourceKind.TARGET)).isEqualTo(new Limit(5, Duration.ofHours(1)));
        assertThat(limiter.limitOf(SourceKind.CLIENT_ADDRESS)).isEqualTo(new Limit(5, Duration.ofMinutes(15)));

        GuardProperties configured = new Binder(new MapConfigurationPropertySource(Map.of(
                "juice.guard.max-failures", "3", "juice.guard.window", "PT15M", "juice.guard.retention", "P90D",
                "juice.guard.alert.max-failures", "100", "juice.guard.alert.window", "PT1M",
                "juice.guard.kinds.phone-number.max-failures", "10", "juice.guard.kinds.caller-id.window", "PT1H")))
                .bind("juice.guard", GuardProperties.class).get();
        assertThat(configured.limitOf(SourceKind.CLIENT_ADDRESS)).isEqualTo(new Limit(3, Duration.ofMinutes(15)));
        assertThat(configured.limitOf(SourceKind.PHONE_NUMBER)).isEqualTo(new Limit(10, Duration.ofMinutes(15)));
        assertThat(configured.limitOf(SourceKind.CALLER_ID)).isEqualTo(new Limit(3, Duration.ofHours(1)));
    }
}
