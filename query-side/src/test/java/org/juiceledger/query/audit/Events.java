package org.juiceledger.query.audit;

import java.nio.charset.StandardCharsets;

/** Stored events for the tests, as the event store would hold them. */
final class Events {

    static final String TARIFF_PUBLISHED = "org.juiceledger.kernel.tariff.TariffPublished";

    private Events() {
    }

    static StoredEvent event(long position, String payloadJson) {
        return new StoredEvent(position, "residential", position - 1, "Tariff", "event-" + position,
                TARIFF_PUBLISHED, "1", "2026-03-01T10:15:30.123Z", utf8(payloadJson),
                utf8("{\"who\":\"admin\",\"channel\":\"REST\",\"correlationId\":\"corr-" + position + "\"}"));
    }

    static StoredEvent withPayload(StoredEvent e, String payloadJson) {
        return new StoredEvent(e.position(), e.aggregateId(), e.sequence(), e.aggregateType(), e.eventId(),
                e.payloadType(), e.revision(), e.timestamp(), utf8(payloadJson), e.metadata());
    }

    static StoredEvent withMetadata(StoredEvent e, String metadataJson) {
        return new StoredEvent(e.position(), e.aggregateId(), e.sequence(), e.aggregateType(), e.eventId(),
                e.payloadType(), e.revision(), e.timestamp(), e.payload(), utf8(metadataJson));
    }

    static StoredEvent withTimestamp(StoredEvent e, String timestamp) {
        return new StoredEvent(e.position(), e.aggregateId(), e.sequence(), e.aggregateType(), e.eventId(),
                e.payloadType(), e.revision(), timestamp, e.payload(), e.metadata());
    }

    static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
