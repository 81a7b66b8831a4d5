package org.juiceledger.query.audit;

/**
 * One row of {@code domainevententry} exactly as stored: the bytes of payload and metadata are
 * what the hash chain covers, so nothing here is parsed or normalised.
 */
public record StoredEvent(long position, String aggregateId, long sequence, String aggregateType,
                          String eventId, String payloadType, String revision, String timestamp,
                          byte[] payload, byte[] metadata) {
}
