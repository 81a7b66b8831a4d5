package org.juiceledger.platform.axon.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stored timestamp read without Axon's parser is the instant Axon's parser reads. */
class StoredTimestampsTest {

    @Test
    void axonsLayoutIsReadAsAxonReadsIt() {
        List<Instant> moments = List.of(Instant.parse("2026-12-07T11:28:00.123Z"), Instant.parse("2028-02-29T23:59:59.999Z"),
                Instant.parse("2026-12-31T23:59:59.000Z"), Instant.parse("2027-01-01T00:00:00Z"),
                Instant.parse("1970-01-01T00:00:00.001Z"), Instant.parse("1969-12-31T23:59:59.999Z"),
                Instant.parse("0999-06-15T12:00:00.500Z"));
        for (Instant moment : moments) {
            String stored = DateTimeUtils.formatInstant(moment);
            assertThat(stored).hasSize(24);
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored))
                    .isEqualTo(moment);
        }
    }

    @Test
    void otherTextIsLeftToAxonsParser() {
        assertThat(StoredTimestamps.parse("2026-12-07T13:28:00.122+02:00")).isEqualTo(Instant.parse("2026-12-07T11:28:00.122Z"));
        assertThat(StoredTimestamps.parse("2026-12-07T11:28:00.123456Z")).isEqualTo(Instant.parse("2026-12-07T11:28:00.123456Z"));
        assertThatThrownBy(() -> StoredTimestamps.parse("2026-02-30T11:28:00.123Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse("2026-12-07T24:28:00.123Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse("2026-1x-07T11:28:00.123Z")).isInstanceOf(DateTimeParseException.class);
    }
}
