package org.juiceledger.query.support;

import org.juiceledger.query.projection.ProjectionProgress;
import org.juiceledger.query.projection.SegmentStall;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StaleProjectionsTest {

    private static final SegmentStall STALL = new SegmentStall(0, 91, "TransactionRecorded", "boom", Instant.EPOCH, 3);

    @Test
    void aCurrentProjectionWithoutDeadLettersIsNotMentioned() {
        List<ProjectionProgress> progress = List.of(new ProjectionProgress("tariff-projection", true, false, 16, 100, List.of()));

        assertThat(StaleProjections.describe(progress, 100, name -> 0)).isEmpty();
    }

    @Test
    void namesEachProjectionThatIsBehindStalledOrHoldsDeadLetters() {
        List<ProjectionProgress> progress = List.of(
                new ProjectionProgress("account-projection", true, false, 16, 100, List.of()),
                new ProjectionProgress("ledger-projection", true, false, 0, 90, List.of(STALL)),
                new ProjectionProgress("card-projection", true, false, 16, 97, List.of()));
        Map<String, Long> deadLetters = Map.of("account-projection", 2L);

        assertThat(StaleProjections.describe(progress, 100, name -> deadLetters.getOrDefault(name, 0L)))
                .contains("account-projection; behind=0; dead-letters=2, ledger-projection; behind=10; stalled, "
                        + "card-projection; behind=3");
    }

    @Test
    void waitingIsPointlessForAStalledRebuildingOrStoppedProjection() {
        assertThat(new ProjectionProgress("a", true, false, 1, 5, List.of()).worthWaitingFor(10)).isTrue();
        assertThat(new ProjectionProgress("a", true, false, 1, 10, List.of()).worthWaitingFor(10)).isFalse();
        assertThat(new ProjectionProgress("a", true, false, 1, 5, List.of(STALL)).worthWaitingFor(10)).isFalse();
        assertThat(new ProjectionProgress("a", true, true, 1, 5, List.of()).worthWaitingFor(10)).isFalse();
        assertThat(new ProjectionProgress("a", false, false, 1, 5, List.of()).worthWaitingFor(10)).isFalse();
    }
}
