package org.juiceledger.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event as an auditor reads it: where it stands (global {@code position}, the aggregate's
 * {@code sequence}), what it is ({@code type} is the simple name of {@code payloadType}), who did
 * it, when, through which channel and under which correlation id, and its payload and metadata
 * as JSON. {@code timestamp} is the stored ISO-8601 text, unchanged. {@code position} is null on an
 * aggregate's page from Axon Server until the hash chain has linked the event (it names the position).
 */
public record AuditEvent(Long position, String aggregateId, long sequence, String type, String payloadType,
                         String revision, String eventId, String timestamp, String who, String channel,
                         String correlationId, JsonNode payload, JsonNode metadata) {
}
