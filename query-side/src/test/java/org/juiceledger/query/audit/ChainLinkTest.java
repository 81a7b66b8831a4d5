package org.juiceledger.query.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juiceledger.query.audit.Events.event;
import static org.juiceledger.query.audit.Events.utf8;

class ChainLinkTest {

    private static final StoredEvent FIRST = event(1, "{\"tariffId\":\"residential\",\"pricePerKwh\":0.666666}");

    @Test
    void isTheSameForTheSameInputAndFrozenInFormat() {
        String link = ChainLink.link(ChainLink.GENESIS_HEX, FIRST);

        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, FIRST)).isEqualTo(link).hasSize(64).matches("[0-9a-f]{64}");
        // Frozen (computed independently from docs/audit.md): a change of the encoding would break
        // every chain already stored.
        assertThat(link).isEqualTo(FROZEN_LINK);
    }

    @Test
    void changesWithEveryFieldAndWithThePreviousLink() {
        String link = ChainLink.link(ChainLink.GENESIS_HEX, FIRST);

        assertThat(ChainLink.link("1".repeat(64), FIRST)).isNotEqualTo(link);
        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, Events.withPayload(FIRST,
                "{\"tariffId\":\"residential\",\"pricePerKwh\":0.666667}"))).isNotEqualTo(link);
        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, Events.withMetadata(FIRST,
                "{\"who\":\"mallory\",\"channel\":\"REST\",\"correlationId\":\"corr-1\"}"))).isNotEqualTo(link);
        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, Events.withTimestamp(FIRST, "2026-03-01T10:15:31.123Z")))
                .isNotEqualTo(link);
        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, new StoredEvent(2, FIRST.aggregateId(), FIRST.sequence(),
                FIRST.aggregateType(), FIRST.eventId(), FIRST.payloadType(), FIRST.revision(), FIRST.timestamp(),
                FIRST.payload(), FIRST.metadata()))).isNotEqualTo(link);
        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, new StoredEvent(1, FIRST.aggregateId(), FIRST.sequence(),
                FIRST.aggregateType(), FIRST.eventId(), FIRST.payloadType(), "2", FIRST.timestamp(),
                FIRST.payload(), FIRST.metadata()))).isNotEqualTo(link);
    }

    @Test
    void fieldBoundariesAndNullsAreUnambiguous() {
        StoredEvent ab = new StoredEvent(1, "ab", 0, "c", "e", "T", null, "t", utf8("{}"), null);
        StoredEvent a = new StoredEvent(1, "a", 0, "bc", "e", "T", null, "t", utf8("{}"), null);
        StoredEvent emptyMetadata = new StoredEvent(1, "ab", 0, "c", "e", "T", null, "t", utf8("{}"), new byte[0]);
        StoredEvent emptyRevision = new StoredEvent(1, "ab", 0, "c", "e", "T", "", "t", utf8("{}"), null);

        String link = ChainLink.link(ChainLink.GENESIS_HEX, ab);

        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, a)).isNotEqualTo(link);
        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, emptyMetadata)).isNotEqualTo(link);
        assertThat(ChainLink.link(ChainLink.GENESIS_HEX, emptyRevision)).isNotEqualTo(link);
    }

    @Test
    void digestsStoredBytesAndKeepsNullNull() {
        assertThat(ChainLink.digest(utf8("")))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ChainLink.digest(null)).isNull();
    }

    private static final String FROZEN_LINK = "82243b1299929f5b1477dcfc135b800495d4bcc2b5886c27b11746ab9d610de4";
}
