package org.juiceledger.query.audit;

import org.juiceledger.platform.testing.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GapGuardTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final GapGuard gaps = new GapGuard(clock, Duration.ofSeconds(10));

    @Test
    void linksTheNextPositionAtOnce() {
        assertThat(gaps.mayLink(0, 1)).isTrue();
        assertThat(gaps.mayLink(41, 42)).isTrue();
        assertThat(gaps.waiting()).isZero();
    }

    @Test
    void passesAGapOnlyOnceTheEventAfterItHasBeenVisibleForTheTimeout() {
        assertThat(gaps.mayLink(4, 7)).isFalse();
        clock.advance(Duration.ofSeconds(9));
        assertThat(gaps.mayLink(4, 7)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(gaps.mayLink(4, 7)).isTrue();
    }

    @Test
    void aPartlyFilledGapKeepsTheTimeItWasFirstSeen() {
        assertThat(gaps.mayLink(4, 7)).isFalse();
        clock.advance(Duration.ofSeconds(6));
        // position 5 committed and was linked; 6 is still missing, 7 has been waiting for 6 seconds
        gaps.linkedUpTo(5);
        clock.advance(Duration.ofSeconds(4));

        assertThat(gaps.mayLink(5, 7)).isTrue();
    }

    @Test
    void gapsSeenTogetherWaitTogetherNotOneAfterTheOther() {
        assertThat(gaps.mayLink(4, 7)).isFalse();
        gaps.seeGaps(new long[] {7, 8, 10, 11, 14});
        assertThat(gaps.waiting()).isEqualTo(3);
        clock.advance(Duration.ofSeconds(10));

        assertThat(gaps.mayLink(4, 7)).isTrue();
        assertThat(gaps.mayLink(8, 10)).isTrue();
        assertThat(gaps.mayLink(11, 14)).isTrue();
    }

    @Test
    void forgetsGapsBehindTheHead() {
        gaps.mayLink(4, 7);
        gaps.mayLink(9, 12);

        gaps.linkedUpTo(7);

        assertThat(gaps.waiting()).isEqualTo(1);
    }
}
