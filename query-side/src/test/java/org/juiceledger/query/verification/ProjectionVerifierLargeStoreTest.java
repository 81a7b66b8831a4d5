package org.juiceledger.query.verification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store of {@code juice.long.accounts} accounts (default 200,000) with ten events each (2,000,000)
 * verifies in bounded memory. Slow (minutes), so only with {@code -Djuice.long=true}; run it with
 * {@code -DargLine=-Xmx512m} to hold it to the 512 MB heap it is meant for.
 */
@EnabledIfSystemProperty(named = "juice.long", matches = "true")
class ProjectionVerifierLargeStoreTest {

    @Test
    void twoMillionEventsVerifyCleanWithinTheHeap() throws Exception {
        int accounts = Integer.getInteger("juice.long.accounts", 200_000);
        try (FreshDatabase database = new FreshDatabase()) {
            long generating = System.nanoTime();
            try (Connection connection = database.dataSource().getConnection()) {
                new LargeStore(connection).generate(accounts);
            }
            Duration generated = Duration.ofNanos(System.nanoTime() - generating);
            resetPeakHeap();
            ProcessorPositions caughtUp = () -> List.of(new ProcessorPositions.Position("all", true, false,
                    (long) accounts * LargeStore.EVENTS_PER_ACCOUNT));
            long verifying = System.nanoTime();

            VerificationReport report = Verifiers.on(database.dataSource(), caughtUp, Duration.ofSeconds(1))
                    .verify(new VerificationProgress());

            Duration took = Duration.ofNanos(System.nanoTime() - verifying);
            long events = (long) accounts * LargeStore.EVENTS_PER_ACCOUNT;
            System.out.printf("large store: %d events generated in %s; verified in %s (%.0f events/s); peak heap %d MB"
                            + " of max %d MB; rows compared %s%n", events, generated, took,
                    events / (took.toMillis() / 1000.0), peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    report.rowsCompared());
            assertThat(report.eventsReplayed()).isEqualTo(events);
            assertThat(report.mismatches()).as(report.mismatches().toString()).isEmpty();
            assertThat(report.rowsCompared().get("account_view")).isEqualTo(accounts);
            assertThat(report.rowsCompared().get("journal_line")).isEqualTo(8L * accounts);
        }
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
