package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored timestamp compared as text gives the answer parsing it gives. */
class GapTimeoutComparisonTest {

    private static final Instant FRAME = Instant.parse("2026-12-07T11:28:00.123Z");

    @Test
    void textComparisonAgreesWithParsingAroundTheFrame() {
        List<Instant> moments = List.of(FRAME.minusSeconds(86_400), FRAME.minusMillis(1), FRAME, FRAME.plusMillis(1),
                FRAME.plusSeconds(59), Instant.parse("2026-12-31T23:59:59.999Z"), Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("1999-01-01T00:00:00.000Z"));
        String frame = DateTimeUtils.formatInstant(FRAME);
        for (Instant moment : moments) {
            String stored = DateTimeUtils.formatInstant(moment);
            assertThat(StoredTimestamps.isAfter(stored, frame))
                    .as(stored).isEqualTo(moment.isAfter(FRAME));
        }
    }

    @Test
    void anotherLayoutIsParsed() {
        String frame = DateTimeUtils.formatInstant(FRAME);
        assertThat(StoredTimestamps.isAfter("2026-12-07T11:28:00.124000Z", frame)).isTrue();
        assertThat(StoredTimestamps.isAfter("2026-12-07T13:28:00.122+02:00", frame)).isFalse();
        assertThat(StoredTimestamps.isAfter("2026-12-07T13:28:00.124+02:00", frame)).isTrue();
    }
}
