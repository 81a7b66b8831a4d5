package org.juiceledger.query.projection;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionStallsTest {

    private final ProjectionStalls stalls = new ProjectionStalls(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void aStallStaysWhileItsSegmentIsReleasedAndCountsItsAttempts() {
        stalls.stalled("ledger-projection", 0, 91, "TransactionRecorded", "first");
        stalls.stalled("ledger-projection", 0, 91, "TransactionRecorded", "second");

        assertThat(stalls.of("ledger-projection", ProjectionStalls.MovedPast.never())).singleElement().satisfies(stall -> {
            assertThat(stall.attempts()).isEqualTo(2);
            assertThat(stall.error()).isEqualTo("second");
            assertThat(stall.since()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        });
        assertThat(stalls.of("account-projection", ProjectionStalls.MovedPast.never())).isEmpty();
    }

    @Test
    void aStallEndsOnceTheSegmentHasMovedPastTheFailedEventOrIsCleared() {
        stalls.stalled("ledger-projection", 0, 91, "TransactionRecorded", "boom");
        stalls.stalled("account-projection", 3, 50, "WalletCredited", "boom");

        assertThat(stalls.of("ledger-projection", (segment, position) -> false)).hasSize(1);
        assertThat(stalls.of("ledger-projection", (segment, position) -> segment == 0 && position == 91)).isEmpty();
        stalls.cleared("account-projection", 3);
        assertThat(stalls.of("account-projection", ProjectionStalls.MovedPast.never())).isEmpty();
    }
}
