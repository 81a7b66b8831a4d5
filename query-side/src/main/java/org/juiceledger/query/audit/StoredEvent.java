package org.juiceledger.query.audit;

/**
 * One stored event as the hash chain covers it. From the JDBC store: a row of
 * {@code domainevententry} exactly as stored, nothing parsed or normalised. From Axon Server (see
 * {@link EventStoreApiReader}): the payload as the event serializer writes it, the metadata as JSON
 * with sorted keys, the timestamp as ISO-8601 text. {@code position} is {@link #UNKNOWN_POSITION}
 * when the store did not say it (an aggregate's events read from Axon Server, before they are linked).
 */
public record StoredEvent(long position, String aggregateId, long sequence, String aggregateType,
                          String eventId, String payloadType, String revision, String timestamp,
                          byte[] payload, byte[] metadata) {

    public static final long UNKNOWN_POSITION = Long.MIN_VALUE;

    public boolean positionKnown() {
        return position != UNKNOWN_POSITION;
    }

    StoredEvent at(long knownPosition) {
        return new StoredEvent(knownPosition, aggregateId, sequence, aggregateType, eventId, payloadType, revision,
                timestamp, payload, metadata);
    }
}
