package org.juiceledger.command.webredeem;

import org.juiceledger.platform.testing.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The form token's life is decided by the injected clock: no sleeping, no flakiness at the edge. */
class FormTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ADDRESS = "203.0.113.7";

    private final TestClock clock = new TestClock(ISSUED);
    private final FormTokens tokens = new FormTokens(new byte[32], Duration.ofMinutes(30), clock);

    @Test
    void aTokenIsGoodUntilItsTimeToLiveHasPassedThenExpires() {
        String token = tokens.issue(ADDRESS);

        clock.set(ISSUED.plus(Duration.ofMinutes(30)));
        assertThat(tokens.verify(token, ADDRESS)).isPresent();

        clock.set(ISSUED.plus(Duration.ofMinutes(30)).plusSeconds(1));
        assertThat(tokens.verify(token, ADDRESS)).isEmpty();
    }

    @Test
    void aTokenFromTooFarInTheFutureIsRefused() {
        String token = tokens.issue(ADDRESS);

        clock.set(ISSUED.minus(Duration.ofMinutes(1)));
        assertThat(tokens.verify(token, ADDRESS)).as("within the allowed skew").isPresent();

        clock.set(ISSUED.minus(Duration.ofMinutes(1)).minusSeconds(1));
        assertThat(tokens.verify(token, ADDRESS)).isEmpty();
    }

    @Test
    void aTokenFitsOnlyTheAddressItWasIssuedFor() {
        String token = tokens.issue(ADDRESS);

        assertThat(tokens.verify(token, ADDRESS)).isPresent();
        assertThat(tokens.verify(token, "198.51.100.9")).isEmpty();
    }
}
